/** Where the trained model lives, under the knowledge directory. */
export const MODEL_DIR = 'model';
/** The header: classes, vocabulary, bias, fingerprints (JSON). */
export const MODEL_FILE = 'softmax.json';
/** The weights the header describes (binary; layout in stored.ts). */
export const WEIGHTS_FILE = 'softmax.weights';
export const THRESHOLDS_FILE = 'thresholds.json';
