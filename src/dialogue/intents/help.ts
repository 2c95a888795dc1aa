/** Greetings, thanks and help: what the bot is for and how to ask it. */
import { knowledge } from '../../knowledge/index.js';

export function helpText(): string {
  const doc = knowledge().document;
  return [
    `您好！我解答盘锦市《${doc.title}》（${doc.docNumber}）的问题，并按原文计算补贴和奖励。`,
    '可以这样问：',
    '· 第17条讲什么？ / 孵化器奖励找哪个部门？',
    '· 我是全日制博士，去年毕业，第一次在盘锦创业，有什么补贴？',
    '· 新认定的省级众创空间奖励多少？ / 知识产权质押贷款500万，一年，贴息多少？',
    '· 这个文件的文号是什么？还有效吗？',
    '回答都注明条款；金额只来自政策原文。',
  ].join('\n');
}

export const THANKS_TEXT = '不客气。还有关于这份政策的问题，随时问我。';
export const EMPTY_TEXT = '请输入您的问题，例如“第17条讲什么”或“博士购房补贴多少”。输入“帮助”查看用法。';
export const RESET_TEXT = '好的，已清空之前的对话，我们重新开始。';
export const ERROR_TEXT = '抱歉，这条消息没能处理。请换个说法再问，或输入“帮助”查看用法。';
export const TRUNCATED_NOTE = (limit: number) => `（您的消息较长，只读取了前${limit}个字符。）`;
export const FACTS_NOTED = '好的，记下了。您想了解哪方面？例如“有哪些补贴”“购房补贴”“创业补贴”。';
export const PROCEDURE_NOTE = '政策原文只规定了条件和标准，没有写明申请材料、流程和发放时间，请向牵头单位咨询。';
export const PROCEDURE_TEXT = '本政策（盘政办发〔2019〕29号）没有写明申请材料、办理流程和发放时间。请告诉我您问的是哪一项补贴或奖励（如“博士购房补贴”），我可以说明它的条件、标准和牵头单位。';

/** A bare 是/不是 when no question is open: there is nothing for it to answer. */
export const BARE_REPLY_TEXT = '请问您是在回答哪个问题？请把情况说完整一些，例如“我是全日制博士”“是第一次在盘锦创业”，或直接问“有哪些补贴”。';
