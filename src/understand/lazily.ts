/**
 * A part of the parse worked out on first read, then kept: the facts, the benefits and the candidate
 * intents cost more than the rest of the parse together, and a turn that a certain rule settles (a
 * clause number, a greeting) never reads them. Still computed at most once a turn, like `analysis`.
 * Writing the part (a later component replacing it) keeps what was written. (The model's ranking
 * is lazy in its own fields, components/ranking.ts, so the log can tell whether a turn ran it.)
 *
 * The getter and setter of a part are made once per part name and shared by every message, and
 * what a message has still to work out sits in a slot on the message. Accessors made afresh each
 * turn (closures) cost twice: V8 cannot reuse the hidden class of an object whose accessors differ,
 * so every message fell back to a dictionary of its properties; and whatever those closures held
 * (the whole parse) outlived the turn long enough to be copied into the old generation, which is
 * most of what the 20,000-user RSS figure of `npm run bench` grew by.
 */
const SLOTS = Symbol('lazy parts');

interface Slot {
  /** What works the part out; undefined once it has been worked out or written. */
  work: (() => unknown) | undefined;
  value: unknown;
}

type Holder = { [SLOTS]: Record<PropertyKey, Slot> };

const accessors = new Map<PropertyKey, PropertyDescriptor>();

function accessorOf(key: PropertyKey): PropertyDescriptor {
  let found = accessors.get(key);
  if (!found) {
    found = {
      enumerable: true,
      configurable: true,
      get(this: Holder) {
        const slot = this[SLOTS][key]!;
        if (slot.work) {
          slot.value = slot.work();
          slot.work = undefined;
        }
        return slot.value;
      },
      set(this: Holder, v: unknown) {
        const slot = this[SLOTS][key]!;
        slot.value = v;
        slot.work = undefined;
      },
    };
    accessors.set(key, found);
  }
  return found;
}

export function lazily<T extends object, K extends keyof T>(message: T, key: K, work: () => T[K]): void {
  const holder = message as unknown as Holder;
  if (!Object.prototype.hasOwnProperty.call(holder, SLOTS)) Object.defineProperty(holder, SLOTS, { value: {} });
  holder[SLOTS][key] = { work, value: undefined };
  Object.defineProperty(message, key, accessorOf(key));
}
