/**
 * 文号, issuer, date, meeting, period, in force, recipients, title: answered from the document
 * metadata of knowledge/, each value quoted as the notice prints it.
 */
import { knowledge } from '../../knowledge/index.js';
import type { Validity } from '../../answer/types.js';
import { validityNote } from '../../answer/format.js';

export type DocumentFact = 'overview' | 'docNumber' | 'issuer' | 'issued' | 'meeting' | 'period' | 'inForce' | 'recipients' | 'title' | 'publication';

/** Cue words for each fact, tried in order: the first fact whose cue occurs is the one asked. */
const CUES: readonly [DocumentFact, RegExp][] = [
  ['overview', /^(?:政策|文件|这个政策|这个文件|这份文件)?(?:原文|全文|主要内容|概要|概况|大纲|目录)$|(?:政策|文件|意见)(?:讲了什么|说了什么|主要讲|都讲|有哪些内容|的主要内容|概要)/],
  ['inForce', /还有效|是否有效|有效吗|失效|过期|废止|还在执行|还执行|还适用|现行有效|还管用|还能用|能用吗|还算数|还作数|还生效|有效没/],
  ['docNumber', /文号|字号|文件号|发文号|编号|几号文/],
  ['meeting', /会议|常务会|哪次会/],
  ['period', /有效期|实施期|期限|到哪年|到什么时候|截止|到期|执行到|执行期|几年的政策|哪几年|时间范围|起止|什么时候结束|到哪一年|为止/],
  ['issued', /什么时候(发|印发|发布|出台|下发)|哪天(发|印发|发布)|发布(时间|日期)|印发(时间|日期)|发文(时间|日期)|成文日期|哪年(发|出台|印发)|出台时间|日期/],
  ['issuer', /发文机关|发文单位|印发单位|发布单位|谁发的|谁印发|谁发布|哪个(部门|单位|机关)(发|印发|发布)|制定(单位|部门|机关)|出台(单位|部门)/],
  ['recipients', /主送|发给谁|发给哪|印发给/],
  ['publication', /公开发布|是否公开|能公开/],
  // "盘政办发〔2019〕29号是什么文件": the number given, the title asked.
  ['title', /标题|全称|文件名|叫什么|名称|题目|是(?:什么|哪个|哪份|啥)(?:文件|政策|文)/],
];

/** Words that say the question is about the document itself rather than one benefit. */
const ABOUT_DOCUMENT = /文件|政策|意见|通知|这个|这份|本政策|本文件|该政策|该文件|文号|它/;

export function documentFactAsked(text: string): DocumentFact | null {
  for (const [fact, cue] of CUES) {
    if (!cue.test(text)) continue;
    // "日期", "期限" alone also occur in benefit questions ("3年期"); require some word for the document.
    if ((fact === 'issued' || fact === 'period' || fact === 'title') && !ABOUT_DOCUMENT.test(text)) continue;
    return fact;
  }
  return null;
}

/**
 * Every further fact asked beside the first ("文号和发布日期是什么"): facts whose cue occurs, in cue
 * order, the same document-word guard applying.
 */
export function moreDocumentFactsAsked(text: string, first: DocumentFact): DocumentFact[] {
  return CUES.filter(([fact, cue]) => fact !== first && fact !== 'overview' && cue.test(text))
    .filter(([fact]) => !(fact === 'issued' || fact === 'period' || fact === 'title') || ABOUT_DOCUMENT.test(text))
    .map(([fact]) => fact);
}

export function answerDocumentFact(fact: DocumentFact, validity: Validity, more: readonly DocumentFact[] = []): { answer: string; citations: string[] } {
  const doc = knowledge().document;
  const title = `《${doc.title}》`;
  const [y, m, d] = doc.issued.date.split('-').map(Number);
  const lines: Record<DocumentFact, string> = {
    docNumber: `${title}的发文字号是${doc.docNumber}，由${doc.issuer}印发。`,
    issuer: `${title}由${doc.issuer}印发（${doc.docNumber}）。`,
    issued: `${title}于${y}年${m}月${d}日印发（落款“${doc.issued.quote}”，${doc.docNumber}）。`,
    meeting: `${title}经${doc.meeting}讨论研究通过，由${doc.issuer}印发（${doc.docNumber}）。`,
    period: `本政策的实施期为${doc.period.from.slice(0, 4)}—${doc.period.to.slice(0, 4)}年，标题写明“${doc.period.quote}”；原文未写具体日期，按${doc.period.from}印发起至${doc.period.to}止理解。`,
    inForce: validity.inForce
      ? `截至${validity.asOf}，本政策（${doc.docNumber}）仍在实施期${doc.period.from}至${doc.period.to}内。`
      : `按标题“${doc.period.quote}”，本政策（${doc.docNumber}）的实施期到${doc.period.to}为止；截至${validity.asOf}已不在实施期内。是否有延续或替代政策，请向市科技局等牵头单位咨询。`,
    recipients: `${title}主送：${doc.recipients}。`,
    publication: `${title}注明“（${doc.publication}）”。`,
    title: `文件全称是${title}，文号${doc.docNumber}，由${doc.issuer}印发。`,
    overview: overview(title, doc.docNumber),
  };
  const asked = [fact, ...more];
  const note = asked.includes('inForce') ? '' : validityNote(validity);
  return { answer: asked.map((f) => lines[f]).join('') + note, citations: [fact === 'overview' ? 'preamble' : 'notice'] };
}

/** The document's shape: its three parts, the six 工程 and the 21 numbered tasks by heading. */
function overview(title: string, docNumber: string): string {
  const k = knowledge();
  const items = k.clauses.filter((c) => c.kind === 'item').map((c) => `${c.number}.${c.heading}`);
  const parts = k.parts.map((p) => p.heading).join('、');
  return `${title}（${docNumber}）分为${parts}三部分，重点工作任务共21条：${items.join('；')}。可以问“第17条讲什么”看某一条的原文。`;
}
