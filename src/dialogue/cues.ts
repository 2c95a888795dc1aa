/**
 * Cue words for the intents that are not about one clause: greetings, help, reset, thanks, and
 * what the policy plainly does not cover. Data, in one place, so growing it touches no logic.
 */

export const GREETING = /^(你好|您好|嗨|哈喽|hi|hello|hey|早上好|下午好|晚上好|在吗|在不在|有人吗|喂|亲|亲亲|老师好|小助手)+$/i;
export const THANKS = /^(谢谢|多谢|感谢|谢了|谢|thanks|thank you|thx|好的|ok|知道了|明白了|收到)+$/i;
export const HELP = /^(?:帮助|help|菜单|功能|使用说明|用法|怎么用|如何用|怎么问)$|怎么用你|怎么使用|如何使用|你能做什么|你会什么|你可以做什么|你是谁|能问什么|可以问什么|有什么功能|你能干什么/i;
export const RESET = /^(重新开始|重来|清空|清除|忘掉|重置|reset|restart)$/i;

/** Sentence-final particles that do not change a greeting or thanks ("你好呀", "谢啦"). */
export const FINAL_PARTICLES = /[呀啊哈呢啦嘛哦喔噢吖~～]+$/u;

/** Subjects outside the policy whatever else the message says. */
export const OFF_TOPIC = new RegExp([
  '天气', '下雨', '下雪', '气温', '温度', '台风', '雾霾', '空气质量',
  '股市', '股票', '大盘', '基金净值', '彩票', '汇率', '比特币', '房价',
  '税', '个税', '社保缴费基数', '交社保', '社保怎么交', '缴纳社保', '社保缴纳', '公积金', '医保', '养老金', '退休',
  '积分落户', '户口迁移', '驾照', '驾驶证', '护照办理', '违章',
  '菜谱', '做饭', '好玩', '旅游', '景点', '美食', '小说', '写诗', '注册公司', '营业执照', '工商注册', '电影', '电视剧', '足球', '篮球', '游戏', '彩票', '笑话', '讲个故事', '唱歌',
  '高考', '中考', '考研分数', '考公', '公务员考试', '低保', '离婚', '结婚登记', '生育', '产假',
].join('|'), 'i');

/** Cities other than 盘锦 whose policies people confuse with this one. */
export const OTHER_PLACES = [
  '沈阳', '大连', '鞍山', '抚顺', '本溪', '丹东', '锦州', '营口', '阜新', '辽阳', '铁岭', '朝阳市', '葫芦岛',
  '北京', '上海', '天津', '重庆', '广州', '深圳', '杭州', '南京', '苏州', '武汉', '成都', '西安', '长沙',
  '郑州', '济南', '青岛', '合肥', '福州', '厦门', '南昌', '昆明', '贵阳', '南宁', '海口', '石家庄', '太原',
  '呼和浩特', '兰州', '西宁', '银川', '乌鲁木齐', '拉萨', '长春', '哈尔滨', '宁波', '无锡', '东莞', '佛山',
  '香港', '澳门', '台湾', '台北',
];

/** Names of institutions in the policy that contain another city's name and are not another city's policy. */
export const PLACE_EXCEPTIONS = /大连理工|大连化物所|中科院大连|大连化学物理/g;

/** "在沈阳工作" is a fact about the asker (employed elsewhere), not a question about 沈阳's policy. */
export const PLACE_AS_FACT = /(在|去|到|于|从)$/;
export const PLACE_AS_FACT_AFTER = /^(市|的)?(工作|上班|就业|创业|买房|购房|买了房|落户|定居|读书|读博|毕业|生活|发展|注册|办公)|^(大学|理工|交通大学|交大|师范|工业|科技大学|化工|财经|外国语|医科|航空|邮电|农业|海事|中医|石油|海洋)/;
/* The second group: a university named after its city ("北京大学博士") says where the asker studied. */

/** "找哪个部门", "谁负责", "牵头单位": who to contact about the topic. */
export const UNITS_CUE = /牵头|责任单位|负责单位|哪个部门|哪个单位|哪些部门|哪些单位|什么部门|什么单位|找谁|找哪|谁负责|谁管|谁来管|哪里办|去哪办|在哪办|去哪申请|到哪申请|向谁申请|哪里申请|主管部门|归谁管|联系谁|咨询谁|对接部门/;

/** "那硕士呢", "国家级的呢", "这个", "省级的": a message that leans on the previous turn. */
export const ANAPHORA = /呢|^那|^这|^还有|^如果|^要是|^换成|^改成|的$/;

/** How to apply, what papers, when paid: the policy sets none of this. */
export const PROCEDURE_CUE = /申请材料|什么材料|哪些材料|提交材料|申请流程|办理流程|流程|手续|怎么办理|如何办理|怎么申请|如何申请|什么时候发|何时发放|多久到账|发放时间|什么时候到账|怎么领|如何领取/;

/** "免费吗", "要交钱吗": whether something costs the asker money, which a clause may not say. */
export const COST_CUE = /免费|收费|费用|交钱|花钱|要钱|付费|掏钱/;

/**
 * Ellipsis glue: what "那这个呢", "还有吗", "如果是呢" consist of. What a message holds beyond it
 * (and its money words) is a subject of its own ("那院士专家工作站呢"), not a variant of the topic.
 */
export const ELLIPSIS_GLUE = /那么|那个|那|这个|这|还有|如果|要是|换成|改成|的|呢|吗|么|呀|啊|吧|哦|嗯|是|有|没有|能|可以|怎么样|怎样|咋样|如何|多少|什么|哪些|也|还|又|都|一样|同样|情况|请问|问下|问一下|好的|谢谢|多谢|ok|了/gi;

/** The question asks how much or whether the asker qualifies, not only who handles it. */
export const AMOUNT_ASKED = /多少|几万|能不能|可不可以|有没有|能拿|能领|能申请|可以申请|符合条件|够不够/;
