/**
 * Chinese surnames, for telling a person's name from a word that stands where a name could (执法人员调查, 执法人员当即):
 * the common single surnames (covering the great majority of the population) and the compound ones.
 */
const SINGLE =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由种傅洪萧阎郦鄂颉虎笪淳汝靖秘习蔚濮寿双钮'
const COMPOUND = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '令狐', '夏侯', '西门', '南宫', '端木', '独孤', '轩辕', '申屠']
const SET = new Set(SINGLE)

/** Words that begin with a surname character but are not names in an officer list. */
const NOT_NAMES = /^(?:全程|全部|时间|时任|车辆|车主|明确|明显|应当|应急|文书|成立|于是|向当|和解|国家|云南|平时|安全|常规|常驻|常住|常年|长期|长驻|关于|有关|金额|石料|包括|管理|单位|商品|路段|原因|原告|宣传|计算|支付|高度|高于|江河|钱款|程序|方式|方面|史上|和本|查[询获看验明实处封阅找出到清扣]|严[格重]|万元|连续|余[下额]|付款|方可|向其)/

/** Whether s opens with a compound surname (欧阳明华: one name, not 欧阳 and 明华). */
export const compoundSurname = (s: string) => COMPOUND.some((c) => s.startsWith(c))

/** Whether s (2–4 characters) can be a person's name: a surname first, or a masked name (张*, 王某某). */
export function looksLikeName(s: string): boolean {
  // a name of the minority nationalities written with a middle dot (阿卜杜热合曼·吐尔逊, 扎西·次仁)
  if (/^[\u4e00-\u9fa5]{1,8}[·•・][\u4e00-\u9fa5]{1,8}(?:[·•・][\u4e00-\u9fa5]{1,8})?$/.test(s)) return true
  if (s.length < 2 || s.length > 4) return false
  if (NOT_NAMES.test(s)) return false
  if (compoundSurname(s)) return true
  return SET.has(s[0])
}
