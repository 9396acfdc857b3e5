/**
 * Prints the sample's run as numbered, titled steps, their content indented under the title,
 * and remembers the step under way so that a failure can name it.
 */
export class Report {
  readonly #print: (line: string) => void;
  #steps = 0;
  /** `3. Create the customer`: the step under way, once one has started. */
  current: string | undefined;

  /** @param print - where each line goes (without a line break) */
  constructor(print: (line: string) => void) {
    this.#print = print;
  }

  /** Starts the next step: a blank line, then its number, title and the operations it calls. */
  step(title: string, operations: string[]): void {
    this.#steps += 1;
    this.current = `${this.#steps}. ${title}`;
    this.#print("");
    this.#print(`${this.current}  [${operations.join(", ")}]`);
  }

  /** Lines of the current step, indented under its title. */
  lines(...lines: string[]): void {
    for (const line of lines) this.#print(line === "" ? "" : `   ${line}`);
  }

  /** Lines outside any step (the banner and the closing words), not indented. */
  say(...lines: string[]): void {
    for (const line of lines) this.#print(line);
  }
}
