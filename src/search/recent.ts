/**
 * The last few results of a pure function of a string, kept so that a turn asking the same thing
 * twice (the clause index and the model both have jieba cut the message) pays once. A few turns' worth, then forgotten all at once: this saves repeats within
 * a turn, it is no cache of everything ever said.
 */
export class Recent<T> {
  private readonly kept = new Map<string, T>();

  constructor(private readonly size: number, private readonly work: (key: string) => T) {}

  get(key: string): T {
    let found = this.kept.get(key);
    if (found === undefined) {
      if (this.kept.size >= this.size) this.kept.clear();
      this.kept.set(key, (found = this.work(key)));
    }
    return found;
  }
}
