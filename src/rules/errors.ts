/** A problem in a rules or corpora file: the message names the file (and rule id when there is one). */
export class RuleFileError extends Error {
  constructor(readonly file: string, message: string, readonly ruleId?: string) {
    super(`${file}${ruleId ? ` (rule ${ruleId})` : ''}: ${message}`);
    this.name = 'RuleFileError';
  }
}
