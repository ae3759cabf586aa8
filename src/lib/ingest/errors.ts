/** An error whose message is one complete sentence for the person running the build: file, value, expectation. */
export class IngestError extends Error {
  override name = 'IngestError';
}

/** Several problems found in one pass (every bad source is reported, not just the first). */
export class IngestErrors extends Error {
  override name = 'IngestErrors';
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.problems = problems;
  }
}
