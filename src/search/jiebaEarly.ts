/**
 * The start of nodejieba's load, for entry points that will answer messages: imported first thing
 * (this module's imports are few, so the load begins early), it checks the shipped dictionaries
 * and starts loading them on jieba's own thread, then returns at once. The first segmentation waits
 * for what is left of the load, if anything.
 */
import { jiebaDictionaries } from '../knowledge/jiebaDictionaries.js';
import { filesOf, startJieba } from './jiebaThread.js';

export function startJiebaEarly(): void {
  startJieba(filesOf(jiebaDictionaries()));
}
