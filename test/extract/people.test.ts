import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readTxt } from '../../electron/engine/ingest/txt'
import { segmentPages } from '../../shared/segment'
import { describe, expect, it } from 'vitest'
import { extractCase, extractDocFacts } from '../../shared/extract'
import { isValidCreditCode, isValidIdNumber } from '../../shared/extract/ids'
import { doc } from './helpers'
import type { DocType } from '../../shared/types'

/** The names of the parties a document of this type is read to have. */
const partyNames = (lines: string[], type: DocType = '行政处罚决定书') => extractDocFacts(doc(lines, type)).parties.map((p) => p.name)

describe('identifier check characters', () => {
  it.each([
    ['12450200MB0P3L6Y22', true], // printed in a published decision
    ['91350100M000100Y43', true],
    ['91110000802100433B', true],
    ['91440300708461136T', true],
    ['91440300708461136X', false],
    ['12450200MB0P3L6Y23', false],
    ['92361002MA38****4F', false], // masked
    ['9144030070846113OT', false], // letter O is outside the code set
    ['1245020', false],
  ] as const)('credit code %s → %s', (c, v) => expect(isValidCreditCode(c)).toBe(v))
  it.each([
    ['11010519491231002X', true], // GB 11643 example
    ['440524188001010014', true], // GB 11643 example
    ['11010519491231002x', true],
    ['110105194912310021', false],
    ['110105194913310021', false],
    ['360424198503XXXX17', false],
  ] as const)('ID number %s → %s', (c, v) => expect(isValidIdNumber(c)).toBe(v))
})

describe('party', () => {
  it.each([
    [['关于深圳市福田建安建设集团有限公司的行政处罚决定书', '(法人)名称:深圳市福田建安建设集团有限公司'], '深圳市福田建安建设集团有限公司'],
    // a web page's 名称 that is a headline; the party as the subject of what was found; the title's agency run onto the addressee
    [['名称: 【以案释法】从业人员安全教育培训记录不实将被处罚 文号:', '2023年3月3日,某县交通运输局安办室工作人员进行安全生产监管检查时发现蒙城曹邦物流有限公司未如实记录安全生产教育和培训情况。'], '蒙城曹邦物流有限公司'],
    [['福州市马尾生态环境局行政处罚决定书 闽榕环罚〔2024〕75号', '生态环境局中科生隆(福建)环保科技有限公司:', '统一社会信用代码:91350104MA8U3NEM7N'], '中科生隆(福建)环保科技有限公司'],
    [['当事人：中铁十一局集团有限公司'], '中铁十一局集团有限公司'],
    // the test that found what the firm sold is no part of its name (经检验某蔬菜店销售的黄瓜…)
    [['(一)抽检基本情况', '基本情况如下:2025年11月5日某检测技术有限公司对奉新县某某蔬菜店进行食品抽检。经检验奉新县某某蔬菜店销售的黄瓜(抽样编号:XBJ25360921395030756ZX),经抽样检验,检验结论为不合格。', '经查明,当事人在经营场所销售的黄瓜其农药残留含量超过食品安全标准限量,该行为违反了《中华人民共和国食品安全法》第三十四条第一款第二项的规定。'], '奉新县某某蔬菜店'],
    // a label run into its value; a list's 、 after the name; the firm a published decision was against (发布了对…的决定书)
    [['被处罚人姓名朱**性别女出生日期19**年*月**日', '经依法查明,朱**于2024年4月12日13时左右从家里出来。'], '朱**'],
    [['彭*锋当事人运输依法应当检疫而未经检疫动物案', '当事人:彭*锋、性别:男、联系电话: 158*****'], '彭*锋'],
    [['近日,国家矿山安全监察局陕西局发布了对陕西某某煤业有限责任公司的行政处罚决定书(陕煤安监四罚〔2024〕2066-1号)。'], '陕西某某煤业有限责任公司'],
    // the next field's label run onto a name of any ending (the page's spaces lost)
    [['某县市场监督管理局行政处罚决定书某市监罚〔2024〕265号当事人:安化县某某食品批发部主体资格证照名称:营业执照统一社会信用代码:92430923MA4MX0EC12'], '安化县某某食品批发部'],
    // the operator in brackets after a business's name, as disclosures print it; two firms told together: the first
    [['赞皇县市场监督管理局', '行政处罚决定书', '当事人:赞皇县某某百货超市(王*锋)', '主体资格证照名称:营业执照'], '赞皇县某某百货超市(王*锋)'],
    // (…nor a record's next box on the same line, its gap lost: 当事人：某公司　现场负责人：…)
    [['现场检查笔录', '当事人：苏州顺航货运有限公司　现场负责人：邹建平'], '苏州顺航货运有限公司'],
    [['现场勘测笔录', '当事人：长丰县瑞禾农业科技有限公司　现场指认人：吴德胜（法定代表人）'], '长丰县瑞禾农业科技有限公司'],
    // (…not the seal a signature line asks for, though 盖 is a surname)
    [['听证申请书', '我公司现依法申请听证。', '申请人：郑州锦程家居有限公司（盖章）', '法定代表人：王振华'], '郑州锦程家居有限公司'],
    [['近日,武冈市消防救援大队消防监督人员在开展专项检查时,发现武冈市某某托管中心和武冈市某某酒店在门窗上设置影响逃生和灭火救援的障碍物。'], '武冈市某某托管中心'],
    // (…but a branch named after a road or a district is one firm)
    [['当事人:天津某某餐饮管理有限公司和平区解放路分公司', '统一社会信用代码:91430102MA4L0000X1'], '天津某某餐饮管理有限公司和平区解放路分公司'],
    // (…nor the decision's heading run onto the party's line after a gap: 当事人:聂某虎 主要违法事实)
    [['当事人:聂某虎 主要违法事实', '经查，当事人于2024年5月在某地销售假种子。'], '聂某虎'],
    // 当事人李某华在未经…: 在 is no part of the name; a news item's 对刘某给予…的处罚
    [['经调查,当事人李某华在未经县级以上人民政府林业主管部门审核同意的情况下,擅自改变林地用途。'], '李某华'],
    [['城步县消防救援大队依法对其下发了城消当行决字〔2023〕第0006号《当场处罚决定书》,对刘某给予人民币贰佰元整的处罚。'], '刘某'],
    // a report: the firm a published decision was made out to; the first of many firms revoked; a party first described,
    // then named (被处罚的…的主要违法事实)
    [['2024年11月21日,某县人民政府官网公开了保定市生态环境局对涞源某某矿业有限公司出具的行政处罚决定书。'], '涞源某某矿业有限公司'],
    [['11月11日,福建省厦门市湖里区市场监管局发布一则行政处罚决定公告,厦门某某机电设备有限公司等1254家企业因涉嫌长期失联停业且不按照规定办理注销登记手续,被吊销企业营业执照。'], '厦门某某机电设备有限公司'],
    [['近日,温州市鹿城区卫生健康局对辖区一家民营医院作出没收违法所得22万元、罚款167.2万元的行政处罚。', '行政处罚决定书显示,被处罚的温州某某医院(普通合伙)的主要违法事实为对外出租、承包医疗科室。'], '温州某某医院(普通合伙)'],
    [['行政处罚决定书', '环罚〔2025〕62号', '被处罚单位(个人):江津区某某劳务服务部', '经营者张某', '统一社会信用代码:92500116MAC5NWKJ9N'], '江津区某某劳务服务部'],
    // a news item's 隐患单位; an appeal's 原告(被上诉人); a case's name with the agency before the party or with 无…证
    [['近日', '某区消防救援支队在开展消防安全检查时', '发现这些单位', '堵占疏散通道', '隐患单位:北京某某物流有限公司', '监督执法人员在检查过程中发现该单位库房疏散通道被货物堵塞'], '北京某某物流有限公司'],
    [['3.诉讼双方', '原告(被上诉人):林某,男,1951年4月21日出生,汉族,个体户。', '被告(上诉人):某市地方税务局稽查局。'], '林某'],
    [['案例名称', '', '天津市静海区消防救援支队对某公司行政处罚案', '', '案例类型', '消防安全违法行为行政处罚类'], '某公司'],
    [['欧某无烟草专卖品准运证运输烟草专卖品案', '一、基本案情', '2020年5月，某市烟草专卖局查获一批卷烟。'], '欧某'],
    [['以案释法--李某违法占地案', '', '2016年至2018年期间, 李某未经批准擅自占用某街道土地。'], '李某'],
    [['沧源县荣华副食销售不合格预包装食品的经营行为案', '', '沧源佤族自治县市场监督管理局', '2024年3月，执法人员对当事人进行检查。'], '沧源县荣华副食'],
    [['连城县巧某烘焙工坊（网店名称：巧某工坊）经营超过保质期的食品案', '', '2022年3月9日，某县市场监督管理局对当事人进行检查。'], '连城县巧某烘焙工坊'],
    // news wording: 向…开具《行政处罚决定书》, 向…下达《…指令书》, 部门对…进行检查, a masked 某公司, a 餐吧 or a 俱乐部
    [['近日,运城市生态环境局向山西某某煤业有限公司开具《行政处罚决定书》,对其罚款120万元。'], '山西某某煤业有限公司'],
    [['2022年5月10日,某区人力资源和社会保障局依法向中建某局第三建筑工程有限公司下达《劳动保障监察限期改正指令书》,该公司逾期未改正。'], '中建某局第三建筑工程有限公司'],
    [['近期,某开发区安监部门对佛山某五金制造有限公司进行职业卫生检查,发现该公司未组织职业健康检查。'], '佛山某五金制造有限公司'],
    [['近日,某市城市管理局依法对某公司在施工过程中未采取有效防尘措施的行为,作出罚款人民币2万元的行政处罚。'], '某公司'],
    [['案例:梅州某音乐餐吧未经批准举办营业性演出案', '2023年6月,执法人员对梅州某音乐餐吧开展执法检查。'], '梅州某音乐餐吧'],
    // an order's own sentence: 责令某公司从即日起停止生产 (not 责令你厂…)
    [['晋应急函〔2023〕9号', '某市应急管理局：', '2023年1月5日，某某煤业有限公司发生一起事故。现作出以下处理决定：一、责令山西某某煤业有限公司，从即日起停止生产进行整顿。'], '山西某某煤业有限公司'],
    // a case title cut after the city (…查处哈尔滨市 / 道外区某批发部…案): the name as the text prints it whole elsewhere
    [['案例一', '道外区市场监督管理局查处哈尔滨市', '道外区某牛肉批发部经营不合格食品案', '经查，供应商为哈尔滨市道外区某牛肉批发部，执法人员对其进行检查。'], '哈尔滨市道外区某牛肉批发部'],
    // a numbered heading naming the business and what it sold (一、某超市销售不符合食品安全标准的青菜)
    [['现将涉及我区1家食品经营单位不合格食品核查处置情况通告如下：', '一、西安市某区某某生鲜超市销售不符合食品安全标准的青菜', '（一）抽检基本情况'], '西安市某区某某生鲜超市'],
    // the label 违法当事人; a 促进会 is an organisation too
    [['违法当事人:重庆市某水源空调公司', '法定代表人:夏某'], '重庆市某水源空调公司'],
    [['一、基本案情', '毕节市某某文化发展促进会于2016年5月16日经市民政局批准成立。自成立以来，从未提交工作报告。'], '毕节市某某文化发展促进会'],
    // a disclosure row labelled 行政处罚当事人名称
    [['行政处罚决定书文号 | 穗云市监处罚〔2023〕2009号', '', '行政处罚当事人名称 | 广州某某精细化工有限公司 |', '注册号 | 440111000132126 |'], '广州某某精细化工有限公司'],
    // found to have problems (发现，某公司存在违规…)
    [['近日，省应急管理厅执法人员在专项行动中发现，浏阳市某某烟花制造有限公司存在违规私搭乱建、超范围生产等问题。'], '浏阳市某某烟花制造有限公司'],
    // a report naming the party as the one given the penalty (依法给予某酒店5100元的处罚), or as the one a described
    // conduct is told of before the penalty (对向收水井内倒入污水的某家面馆，开出…罚单)
    [['消防监督检查人员在开展日常监督检查工作时发现隐患，令其整改，并根据《中华人民共和国消防法》第六十条第一款第三项之规定，依法给予正中大酒店5100元的处罚。'], '正中大酒店'],
    [['近日，石家庄市城管局排水管护中心监理所稽查科对向收水井内倒入污水的某家面馆，开出首张顶格处罚罚单。'], '某家面馆'],
    // the first of a list of numbered cases (1.某商行发布保健食品违法广告案)
    [['1.宜章某某商行发布保健食品违法广告案', '当事人发布违法广告，某县市场监督管理局作出行政处罚。', '2.嘉禾县某某健康管理中心发布违法广告案', '当事人发布违法广告。'], '宜章某某商行'],
    // the name the text defines as 当事人
    [['2023年4月11日，在开展农产品质量安全监督抽样工作中，抽检广州市某农业发展公司（以下简称“当事人”）生产的叶芥菜。'], '广州市某农业发展公司'],
    // a short name given with 下称 stands for the full one
    [['2018年4月27日,怀远县环保局在对安徽祥宇钢业集团有限公司(下称祥宇钢业)检查时发现该公司存在违法行为。', '2018年7月26日县环保局作出怀罚字[2018]35号行政处罚,决定对祥宇钢业罚款48万元。'], '安徽祥宇钢业集团有限公司'],
    // an addressee masked by the publisher, with a bracketed role, before its identity block
    [['梅环丰罚〔2024〕04号', '行政处罚决定书', '徐**(养猪场租户):', '承租人:徐**(身份证号:44142319710527****)'], '徐**'],
    // a form's two blocks both filled: the unit, its head the person of the other block
    [['被处罚人姓名:邹X军 性 别: 男 身份证号码:43232519750××××XXX', '被处罚单位名称:桃江县竹香家庭农场 营业执照注册号(或社会信用代码):无', '法定代表人:邹X军 职务:无'], '桃江县竹香家庭农场'],
    // …but a person's block and a blank unit box: the person
    [['被处罚人姓名:邹某军 性别:男', '被处罚单位名称:', '法定代表人:', '单位地址:'], '邹某军'],
    // the addressee on its own line without its colon, the facts opening with a date and calling it 你公司
    [['保山市生态环境局行政处罚决定书', '保环罚(腾)〔2026〕04号', '', '腾冲市云锦商贸有限责任公司', '', '2025年12月22日,腾冲市云锦商贸有限责任公司(以下简称“你公司”)主动投案。'], '腾冲市云锦商贸有限责任公司'],
    // a web page's 名称 box holding the document's title: the party's own box further on
    [['名 称:深圳市福田区财政局行政处罚决定书(福财罚决字〔2018〕第9号)', '文 号:', '深圳市福田区财政局行政处罚决定书(福财罚决字〔2018〕第9号)', '当事人:深圳市长泰兴农产品有限公司', '统一社会信用代码:914403007362528813'], '深圳市长泰兴农产品有限公司'],
    // a box left blank, the next box's label no name
    [['刘某不服舞钢市文化广电局文化行政许可一案一审行政判决书', '当事人:   法官:   文号:平顶山市舞钢市人民法院', '', '原告刘某,女,X年X月X日生。'], '刘某'],
    // a court database's header listing every side of the suit in its 当事人 box, before the 案号: the plaintiff told below
    [['吴某伟、戴某华等与江苏省宜兴市烟草专卖局行政处罚二审行政判决书', '结案日期:2015年9月1日 案由:烟草专卖行政处罚 当事人:胡某 孙某保 戴某华 江苏省宜兴市烟草专卖局 吴某伟 高某 案号:(2015)锡行终字第00119号 经办法院:江苏省无锡市中级人民法院', '', '上诉人(原审原告)吴某伟,系溧阳市溧城某副食店业主。'], '吴某伟'],
    // a side or a part told before the name, a place before a masked name without 的, what a masked person does after it
    [['上诉人(原审原告)原告铜官区缘艾灸工作室,住所地安徽省铜陵市铜官区香格里拉城市花园13栋19号。'], '铜官区缘艾灸工作室'],
    [['横栏消防救援大队消防监督员对位于中山市横栏镇富庆四路某照明有限公司进行监督检查时,发现该公司存在堵塞疏散通道的消防违法行为。'], '某照明有限公司'],
    [['被执行人郑某在海口市美兰区经营一家家具加工厂,于2014年5月份投入经营,因未办理环保审批和经营手续,被处罚款。'], '郑某'],
    // a trade name the text gives in full with its place elsewhere
    [['市气象局认定苍南县金乡广告公司不具备施放气球的资质。', '据此,苍南县气象局对广告公司作出罚款一万元的处罚。', '苍南县金乡广告公司称,苍南县气象局的处罚不当。'], '苍南县金乡广告公司'],
    // a masked grower whose produce was sampled; a firm whose lorry was found breaking the rule
    [['2023年4月6日,**区农业综合行政执法队执法人员对种植户周**上市销售的韭菜进行监督抽检,经某检测技术服务有限公司检测,该样品所检项目中“腐霉利”不符合标准。'], '周**'],
    [['9月20日上午,越城区综合行政执法队东浦中队执法人员在群贤路与大越路交叉口开展巡查时,发现绍兴某公司的浙D牌照重型自卸货车车辆行驶时车身覆盖不严密,装载货物为塘渣。'], '绍兴某公司'],
    // a place the publisher struck out before the name (当事人: (略) 中心城区某经营部); a label run into the name
    [['(略) (略) 场监督管理局', '行政处罚决定书', '(略) 监处罚〔2024〕74号', '当事人: (略) 中心城区福鑫美发用品经营部', '主体资格证照名称:营业执照'], '中心城区福鑫美发用品经营部'],
    [['行政处罚当事人名称广州天韵实业有限公司', '统一社会信用代码:91440101MA5AAAAA1X'], '广州天韵实业有限公司'],
    // an association is an organisation too
    [['经调查,三明市某某企业联合会未按规定接受2020年、2021年年度检查,上述事实,有截图等为证。'], '三明市某某企业联合会'],
    // a page that runs the title, the number and the party block into one line (决定书安市监罚〔2024〕15号当事人:…主体资格证照名称:…)
    [['安化县市场监督管理局行政处罚决定书安市监罚〔2024〕15号当事人:安化县某某宠物店主体资格证照名称:营业执照统一社会信用代码:92430923MACDGQ1Q80'], '安化县某某宠物店'],
    // labels without 名称 (违法主体：, 受处罚单位：, 行政相对人：, 处罚对象：)
    [['违法主体：郑州润丰餐饮管理有限公司'], '郑州润丰餐饮管理有限公司'],
    [['受处罚单位：郑州润丰餐饮管理有限公司'], '郑州润丰餐饮管理有限公司'],
    [['行政相对人：郑州润丰餐饮管理有限公司'], '郑州润丰餐饮管理有限公司'],
    [['处罚对象：郑州润丰餐饮管理有限公司'], '郑州润丰餐饮管理有限公司'],
    [['| 行政相对人名称 | 黑龙江华民泰大药房有限公司 |', '| 行政相对人代码(统一社会信用代码) | 91230102MA1CADH32W |'], '黑龙江华民泰大药房有限公司'],
    // a web page's 名称：…案 names the case; the disclosure row's next label run onto the name
    [['名称: 某旗锡**林场擅自改变林地用途案 文号: 鄂林草(林业)罚字〔2023〕2号', '行政相对人名称 某旗锡**林场 行政相对人类型 法人及非法人组织'], '某旗锡**林场'],
    [['铁岭市生态环境局 行政处罚决定书 铁市环罚〔2025〕05-09号', '当事人名称/姓名:铁岭县白旗寨乡忠胜兴牧业专业合作社'], '铁岭县白旗寨乡忠胜兴牧业专业合作社'],
    [['-', '宜阳县福海加油站行政处罚决定书', '-', '日期:2024-11-06', '来源:生态环境局', '宜阳县福海加油站', '一、环境违法事实和证据'], '宜阳县福海加油站'],
    [['案件名称 | 上海医药嘉定慧兰药房有限公司涉嫌药师不在岗销售甲类非处方药案 |'], '上海医药嘉定慧兰药房有限公司'],
    // a scan that lost the colon between the label and the name
    [['行政处罚决定书', '当事人名称佛山同创房地产开发有限公司', '统一社会信用代码：91440604MA4W6XY47N'], '佛山同创房地产开发有限公司'],
  ] as const)('the party as disclosure pages and tables write it: %j', (lines, want) => {
    expect(extractDocFacts(doc([...lines], '行政处罚决定书')).parties.map((p) => p.name)).toEqual([want])
  })
  it('a name in an account runs over no verb: 认为, 举报, the 达 of 到达, the 虽 after a masked name', () => {
    const names = (lines: string[]) => extractDocFacts(doc(lines, '其他')).parties.map((p) => p.name)
    expect(names(['二、处理结果', '湖南省工业和信息化厅认为某某建设集团股份有限公司擅自使用无线电频率,擅自设置、使用无线电台(站)违反了《中华人民共和国无线电管理条例》第六条的规定。'])).toEqual([])
    expect(names(['2021年9月16日,执法人员到达青岛某印刷有限公司进行现场检查,发现车间内存放幼儿读物共计5100册。'])).toEqual(['青岛某印刷有限公司'])
    expect(names(['根据上述规定,教育局具有行政主体资格。郑某虽已向教育部门提出办学申请,但未取得办学许可证擅自开展培训。'])).toEqual(['郑某'])
  })
  it('a review decision read off a scan, the colons lost: the 申请人 is the party, never the 第三人 nor the 被申请人', () => {
    const lines = ['行政复议决定书', '渝中府复〔2024〕377号', '申请人重庆市某某公司，统一社会信用代码91500103*****，住所地', '重庆市渝中区。', '法定代表人：罗某某，职务：总经理。', '被申请人：重庆市渝中区应急管理局，住所地：重庆市渝中区和平路192号。', '第三人丙重庆某丙公司统一社会信用代码915003****，注册地', '重庆市渝中区，经营地重庆市江北区。', '申请人对被申请人作出的《行政处罚决定书（单位）》不服提出的行政复议申请，本机关于2024年12月27日收到。']
    expect(extractDocFacts(doc(lines, '其他')).parties.map((p) => p.name)).toEqual(['重庆市某某公司'])
  })
  it('a listed company\'s announcement names its subsidiary as the one penalised, not 公司全资子公司…', () => {
    const names = extractDocFacts(doc(['中旗股份(300575.SZ)全资子公司淮安国瑞遭淮安生态环境局罚款10万元', '', '作者: 智通财经 2022-05-05 20:02:05', '中旗股份(300575.SZ)公告,公司全资子公司淮安国瑞化工有限公司(“淮安国瑞...', '', '智通财经APP讯,中旗股份(300575.SZ)公告,公司全资子公司淮安国瑞化工有限公司(“淮安国瑞”)于近日收到淮安市生态环境局出具的《行政处罚决定书》,现将相关情况公告如下:'], '其他')).parties.map((p) => p.name)
    expect(names).toEqual(['淮安国瑞化工有限公司'])
  })
  it('a case write-up names its party in its title, the title ending in 。; a name in prose never runs over 关于, 接到 or 收到', () => {
    const referral = '清远市卫生健康局接到广州市卫生监督所关于某生物科技有限公司涉嫌未取得消毒产品生产企业卫生许可证生产消毒产品的移送函及相关材料后,组织执法人员进行调查。'
    const names = (lines: string[]) => extractDocFacts(doc(lines, '其他')).parties.map((p) => p.name)
    expect(names(['案例:某生物科技有限公司未取得消毒产品生产企业卫生许可证生产消毒产品案。', referral])).toEqual(['某生物科技有限公司'])
    expect(names([referral])).toEqual([])
  })
  it('a web page’s metadata labels (文号:, 生成日期:) are no addressee; the company addressed after them is', () => {
    const f = extractDocFacts(doc(['索引号:', '|', '000013338/2020-00171', '|', '生成日期:', '|', '2020年04月28日', '|', '文号:', '|', '|', '主题词:', '|', '|', '内蒙古兴泰建设集团有限公司:', '你公司作为施工总承包单位，未设立项目管理机构。'], '行政处罚决定书'))
    expect(f.parties.map((p) => [p.name, p.kind])).toEqual([['内蒙古兴泰建设集团有限公司', 'organization']])
  })
  it.each([
    [['当事人：上海鑫源食品有限公司', '统一社会信用代码：91440300708461136T', '法定代表人：张某某', '住所：上海市浦东新区某路1号'],
      { name: '上海鑫源食品有限公司', kind: 'organization', creditCode: '91440300708461136T', creditCodeValid: true, legalRepresentative: '张某某', address: '上海市浦东新区某路1号' }],
    [['被处罚单位:抚州市绿丰农资店', '统一社会信用代码12450200MB0P3L6Y22，法定代表人李XX'],
      { name: '抚州市绿丰农资店', creditCode: '12450200MB0P3L6Y22', creditCodeValid: true, legalRepresentative: '李XX' }],
    [['当事人：张三', '身份证号：11010519491231002X', '住址：北京市朝阳区某街1号'], { name: '张三', kind: 'person', idNumber: '11010519491231002X', idNumberValid: true }],
    [['当 事 人：王某某', '身份证号码：360424198503XXXX17'], { name: '王某某', kind: 'person', idNumberValid: false }],
    [['单位名称：无锡市远东化工有限公司'], { name: '无锡市远东化工有限公司', kind: 'organization' }],
    [['处 罚 单 位：嘉定区恒达五金厂'], { name: '嘉定区恒达五金厂' }],
    [['（公司名称）：杭州优品超市有限公司'], { name: '杭州优品超市有限公司' }],
    [['受送达人：北京华联副食品经营部'], { name: '北京华联副食品经营部', kind: 'organization' }],
    [['统一社会信用代码：92361002MA38****4F'], { creditCode: '92361002MA38****4F', creditCodeValid: false }],
    // a table row whose label carries the party's form in brackets, values after a gap
    [['当事人（个体工商户） 吴中区郭勇副食商行', '统一社会信用代码 92320506MA204MQT56'], { name: '吴中区郭勇副食商行', kind: 'organization' }],
    [['当事人（单位） 襄阳新锐商贸有限公司'], { name: '襄阳新锐商贸有限公司' }],
    // an OCR'd cell whose label wrapped: the name follows the broken label
    [['当事人（个体工吴中区何永刚食品店', '商户)'], { name: '吴中区何永刚食品店' }],
    [['当事人（个体工工武侯区罗伟建材经营部', '商户)'], { name: '武侯区罗伟建材经营部' }],
    // the addressee of a notice, its code in brackets wrapped onto the next line
    [['行政处罚事先告知书', '成都同创网络科技有限公司（统一社会信用代码：', '9151010791783E9X1C）：', '经查，当事人在其网店页面发布广告。'], { name: '成都同创网络科技有限公司', creditCode: '9151010791783E9X1C' }],
    // the payer of a receipt is the party paying
    [['罚没款缴款凭证', '缴款人 吴中区勇副食商行', '执收单位 苏州市吴中区综合行政执法局'], { name: '吴中区勇副食商行' }],
    [['缴款人：沈东', '执收单位：南昌市青山湖区综合行政执法局'], { name: '沈东', kind: 'person' }],
    // one character alone after the label is what the form says (a defect the consistency check reports)
    [['缴款人：超', '执收单位：南昌市青山湖区综合行政执法局'], { name: '超' }],
    // the next cell's label read onto the name when a PDF row lost its gap
    [['罚没款缴款凭证', '缴款人 成都同创网络科技有限公司执收单位 成都市武侯区市场监督管理局'], { name: '成都同创网络科技有限公司' }],
    // a PDF table row whose name cell wrapped, the next cell's label glued on (gaps lost in the text layer)
    [['立案审批表', '当事人 郑州润丰餐饮管理有限 统一社会信用代 91410105Y0M7FC', '责任公司 码 WY1L', '法定代表人 包静颖 联系电话 15285201989'], { name: '郑州润丰餐饮管理有限责任公司' }],
    [['案件来源登记表', '当事人 郑州润丰餐饮管理有限公 统一社会信用 91410105Y0M7FC', '司 代码 WY1L'], { name: '郑州润丰餐饮管理有限公司', creditCode: '91410105Y0M7FCWY1L' }],
    [['听证笔录', '当事人：郑州润丰餐饮管理有限公司 委托代理人：杨俊涛'], { name: '郑州润丰餐饮管理有限公司' }],
    // 被检查单位（人）： is the party's label; 现场负责人 in a sentence is no organisation
    [['现场笔录', '被检查单位（人）：郑州润丰餐饮管理有限公司', '现场负责人：杨俊涛（总经理） 身份证号码：410105198709016449'], { name: '郑州润丰餐饮管理有限公司' }],
    [['现场笔录', '现场情况：当事人仓库存放的食用植物油共 34 批次。', '以上记录已交现场负责人核对，确认无误。'], null],
    // a notice's addressee box (被告知人姓名), printed in a published decision too
    [['林业行政处罚决定书', '林罚决字[2021]第8号', '被告知人姓名: 陈** 性别: 出生日期: 1962年3月2日', '经依法查明,陈**于2020年3月在某村擅自开垦林地种植板栗树。'], { name: '陈**' }],
    // an addressee of any name whose identifiers follow; the operator in brackets is part of a business's name
    [['责令改正违法行为决定书', '闽侯县青口悦尚音乐厅(兰秀团):', '经营者:兰秀团', '统一社会信用代码:92350121MA2XXA2Q3C'], { name: '闽侯县青口悦尚音乐厅(兰秀团)' }],
    [['行政处罚决定书', '新环罚决字〔2020〕第145号', '新乡县七里营镇大华机械加工:', '统一社会信用代码:92410721MA40QRW62N', '地址:新乡县七里营镇七二村'], { name: '新乡县七里营镇大华机械加工' }],
    // 当事人: heading a block; a row's label glued to the name
    [['当事人:', '姓名:刘永根', '住址:广东省增城市新塘镇仙村一路87号'], { name: '刘永根', kind: 'person' }],
    [['林业行政处罚决定书', '被处罚单位名称 蛟河市白石山石场', '法定代表人 程** 职务 经理 单位住址 吉林省吉林市蛟河市'], { name: '蛟河市白石山石场' }],
    // a table's rule read by OCR as 丨 before the name
    [['行政处罚决定书', '当事人：丨杭州华隆五金制品有限公司'], { name: '杭州华隆五金制品有限公司' }],
    [['行政处罚决定书', '当事人名称丨杭州华隆五金制品有限公司', '统一社会信用代91330106MA7567Y37F'], { name: '杭州华隆五金制品有限公司' }],
    // a unit's box set off by a gap, no colon, the next row's spaces lost in a scan's reading
    [['林业行政处罚决定书', '吉林（技服）林罚决字〔2023〕第99号', '被处罚单位名称 蛟河市白石山石场', '法定代表人程**职务经理单位住址吉林省吉林市蛟河市', '经依法查明，你（你单位）2023年6月28日至2023年7月18日，在未经林业主管部门审批的情况下越界采石。'], { name: '蛟河市白石山石场' }],
    // the speaker's post after the unit is not part of its name (店长 ends in 店 only by chance)
    [['陈述申辩笔录', '陈述申辩人：司雪军（苏州吴江瑞祥餐饮管理有限公司店长）'], { name: '苏州吴江瑞祥餐饮管理有限公司' }],
    [['询问笔录', '工作单位及职务：杭州某某食品厂厂长'], { name: '杭州某某食品厂' }],
    // a page's header run into one line: the party after the number or a gap, its boxes on the same line; a long box's label
    // after the name (主体资格证件名称及号码：), a block's first box after 当事人:, a page's button before the name
    [['行政处罚决定书 豫 0329 环罚决字〔2024〕17 号 某县淇龙建材销售有限公司 统一社会信用代码:911306840787827947 地址:某县和谐路 法定代表人:张建伟 一、环境违法事实和证据'], { name: '某县淇龙建材销售有限公司' }],
    [['某市生态环境局 行政处罚决定书 某环罚字〔2023〕231号 发布时间:2024-01-22 字体:【大】 【中】 【小】 某市吉月金属材料经销部(普通合伙): 统一社会信用代码:911201137440263345 法定代表人:王某'], { name: '某市吉月金属材料经销部(普通合伙)' }],
    [['行政处罚决定书 某市监罚〔2018〕111号 当事人姓名或者单位名称:顾振存 主体资格证件名称及号码:身份证 住所(经营场所)或者住址: 某区某村'], { name: '顾振存' }],
    [['行政处罚事先告知书 当事人: 姓名:欧启文 证件类型及号码:身份证4420001976******** 住址:某镇某路 由本单位立案调查你涉嫌未取得建设工程规划许可证进行建设一案'], { name: '欧启文' }],
    [['行政处罚决定书豫 0225 环罚决字〔2025〕5 号 来源: 责任编辑: 发布时间: 打印 兰考县红亮加油站 统一社会信用代码:91410225MA45UFE123 法定代表人:李某'], { name: '兰考县红亮加油站' }],
    [['昆明市生态环境局 不予行政处罚决定书 昆生环不罚字〔2024〕4-12号 被处罚人:云南省花卉技术培训推广中心 昆明市生态环境局 不予行政处罚决定书 昆生环不罚字〔2024〕4-12号 当事人名称:云南省花卉技术培训推广中心 法定代表人:陈X 统一社会信用代码:12530000784600580K'], { name: '云南省花卉技术培训推广中心' }],
    // a scan's reading of a page's boxes: an empty cell read as 丨11, a court database's row of empty boxes, a 名称 box holding
    // the title and its number — the party is the one the decision names
    [['发文机关：丨冷水滩区应急管理局丨发文日期：丨丨', '名称：丨11', '文号：丨', '某区应急管理局对永州市冷水滩区冬华鞭炮店行政处罚案', '基本案情：我局执法人员于2022年2月23日对永州市冷水滩区冬华鞭炮店进行执法检查。'], { name: '永州市冷水滩区冬华鞭炮店' }],
    [['刘某不服舞钢市文化广电局文化行政许可一案一审行政判决书', '当事人：法官：文号：平顶山市舞钢市人民法院', '原告刘某，女，X年x月x日生。', '被告舞钢市文化广电局。'], { name: '刘某' }],
    [['索引号丨CJS034/2023-000174丨主题分类丨丨', '名称丨昌吉市市场监督管理局行政处罚决定书昌市市监处罚〔2023〕', '109号丨|', '昌吉市市场监督管理局行政处罚决定书', '昌市市监处罚【2023】109号', '当事人：昌吉市老郑蔬菜配送中心', '主体资格证照名称：营业执照'], { name: '昌吉市老郑蔬菜配送中心' }],
    // a listed company's announcement of its subsidiary's penalty: the subsidiary
    [['某仪器股份有限公司关于控股子公司收到某市生态环境局某分局', '《行政处罚决定书》的公告', '本公司及董事会全体成员保证信息披露的内容真实、准确、完整。', '某仪器股份有限公司（以下简称“公司”）近日收到控股子公司沁水璟盛生活垃圾全资源化有限公司（以下简称“沁水璟盛”）转报的某分局出具的《行政处罚决定书》，现将相关情况公告如下：'], { name: '沁水璟盛生活垃圾全资源化有限公司' }],
  ] as const)('%j', (lines, want) => {
    const p = extractDocFacts(doc([...lines])).parties
    if (want === null) return expect(p.map((x) => x.name)).toEqual([])
    expect(p).toHaveLength(1)
    expect(p[0]).toMatchObject(want)
  })
  it('the party’s evidence points at its name, though a bracket and a colon follow it', () => {
    const p = extractDocFacts(doc(['行政处罚决定书', '天津市某金属材料经销部(普通合伙):', '统一社会信用代码:91120113744026334E'])).parties[0]
    expect([p.evidence.line, p.evidence.text]).toEqual([1, '天津市某金属材料经销部(普通合伙)'])
  })
  it('the evidence of a name read past a place starts at the name', () => {
    const p = extractDocFacts(doc(['2023年7月18日,鹿城区应急管理局执法人员对位于鹿城区仰义街道的温州市鹿城区某科技公司进行执法检查。'])).parties[0]
    expect(p.evidence.text).toBe('温州市鹿城区某科技公司')
  })
  it('no party on a page without one', () => expect(extractDocFacts(doc(['本卷共20页。'])).parties).toHaveLength(0))
})

describe('officers in a ruled table with their certificates', () => {
  const rows = ['现场检查笔录', '检查时间：2024年4月23日10时15分至11时00分', '┌────────┬────────┬───────────┐', '│执法人员        │执法证号        │所属单位              │', '├────────┼────────┼───────────┤', '│陆建华          │32050619021     │吴中区交通运输综合行政│', '│钱思远          │32050619034     │执法大队              │', '└────────┴────────┴───────────┘', '执法人员签名：陆建华  钱思远']
  it('box-drawn rows under a header naming the officers and their certificates', () => {
    expect(extractDocFacts(doc(rows, '现场检查笔录')).officers.map((o) => [o.name, o.certNo])).toEqual([['陆建华', '32050619021'], ['钱思远', '32050619034']])
  })
  it('the same with pipes', () => {
    expect(extractDocFacts(doc(['询问笔录', '| 执法人员 | 执法证号 |', '| 陆建华 | 32050619021 |', '| 钱思远 | 32050619034 |'], '询问笔录')).officers.map((o) => [o.name, o.certNo])).toEqual([['陆建华', '32050619021'], ['钱思远', '32050619034']])
  })
  it('rows of label and value cells, a certificate in the cell, under its label, or on the row below', () => {
    const off = (lines: string[]) => extractDocFacts(doc(lines, '现场检查笔录')).officers.map((o) => [o.name, o.certNo ?? null])
    expect(off(['现场检查笔录', '│检查人员            │韩志刚              │执法证号            │TJYJ-2021-0231  │', '│                    ├──────────┼──────────┼────────┤', '│                    │邵明远              │执法证号            │TJYJ-2021-0418  │'])).toEqual([['韩志刚', 'TJYJ-2021-0231'], ['邵明远', 'TJYJ-2021-0418']])
    expect(off(['现场检查笔录', '│执法人员  │赵宏伟        │执法证号    │21010021003   │执法人员    │孙博                │', '│          │              │            │              │            │执法证号21010021118 │'])).toEqual([['赵宏伟', '21010021003'], ['孙博', '21010021118']])
    expect(off(['现场检查笔录', '│检查人员  │黄海燕      │执法证号      │检查人员    │韦建林                        │', '│          │            │4501002019003 │            │执法证号4501002020017         │'])).toEqual([['黄海燕', '4501002019003'], ['韦建林', '4501002020017']])
    expect(off(['现场检查笔录', '│检查人员    │段云鹏        │证件号      │YN53010219058 │杨丽萍  证件号YN53010221077   │'])).toEqual([['段云鹏', 'YN53010219058'], ['杨丽萍', 'YN53010221077']])
    // (the certificate's kind in brackets after the number, the second officer's row under it with its gap lost by a scan — cl-03)
    expect(off(['现场勘验笔录', '勘验人：刘志刚执法证号：黑230184013055（黑龙江省行政执法证）', '王丹执法证号：林草执字2301840219（林草行政执法证）', '记录人：王丹'])).toEqual([['刘志刚', '黑230184013055'], ['王丹', '林草执字2301840219']])
    // (the certificate's name before its number — ck-04)
    expect(off(['现场检查记录', '检查人员：陈　磊　执法证号：应急管理综合行政执法证220104250017', '　　　　　赵　婷　执法证号：吉林省行政执法证22010420190365', '记录人：赵婷'])).toEqual([['陈磊', '应急管理综合行政执法证220104250017'], ['赵婷', '吉林省行政执法证22010420190365']])
    // (a Word table's text, its cells set apart by tabs — bi-06)
    expect(off(['现场检查笔录', '执法人员\t单位\t执法证号', '梁振华\t桂川市翠屏区教育局\t45030120087', '陆　明\t桂川市翠屏区市场监督管理局\t45030230016'])).toEqual([['梁振华', '45030120087'], ['陆明', '45030230016']])
    expect(off(['现场检查笔录', '执法人员  单位  执法证号', '梁振华  桂川市翠屏区教育局  45030120087', '陆　明  桂川市翠屏区市场监督管理局  45030230016', '记录人：韦秋燕'])).toEqual([['梁振华', '45030120087'], ['陆明', '45030230016']])
    // (…a name of the minorities' form in such a row stands with its certificate — n-11)
    expect(off(['现场检查笔录', '检查人员    执法证号', '扎西平措    藏执540100170086', '周建华      藏执540100190142'])).toEqual([['扎西平措', '藏执540100170086'], ['周建华', '藏执540100190142']])
    expect(off(['现场检查笔录', '执法人员 | 吴晓峰 | 执法证号：32011524003 | 陈露 | 执法证号：32011524011'])).toEqual([['吴晓峰', '32011524003'], ['陈露', '32011524011']])
    // (…two officers a row, the head repeating the pair — bl-10, bl-12 —; a certificate's cell naming its kind before the number
    // — bl-05)
    expect(off(['现场笔录', '执法人员          执法证号            执法人员          执法证号', '姚晨              31000319204         沈立伟            31000319317', '记录人：沈立伟'])).toEqual([['姚晨', '31000319204'], ['沈立伟', '31000319317']])
    expect(off(['现场笔录', '卫生监督员      执法证号           卫生监督员      执法证号', '吴昊            34011124009        孙静            34011124015'])).toEqual([['吴昊', '34011124009'], ['孙静', '34011124015']])
    expect(off(['现场检查笔录', '检查人员        证件名称及号码', '黄晓东          税务检查证  44060523000118', '吴嘉敏          税务检查证  44060522000205', '记录人：吴嘉敏'])).toEqual([['黄晓东', '44060523000118'], ['吴嘉敏', '44060522000205']])
    // (…a scan's reading that lost the gap in the head and in a row: 检查人员执法证号 / 陈立群33112701052 — bj-07)
    expect(off(['现场检查记录', '检查时间：2025年1月14日9时50分至11时15分', '检查人员执法证号', '汪海玉 33112701046', '陈立群33112701052', '记录人：陈立群'])).toEqual([['汪海玉', '33112701046'], ['陈立群', '33112701052']])
    // (…but a glued head over a row that is no name and number reads none)
    expect(off(['现场检查记录', '检查人员执法证号', '该店营业厅及后侧储物间'])).toEqual([])
  })
  it('a bare 姓名 box in a table (a party\'s or a witness\'s) names no officer without a certificate, nor are two names one', () => {
    const off = (lines: string[]) => extractDocFacts(doc(lines, '询问笔录')).officers.map((o) => o.name)
    expect(off(['询问笔录', '│姓名 │王某某 │身份证号 │110101199001011234│'])).toEqual([])
    expect(off(['询问笔录', '│承办人 │王明  李强 │'])).not.toContain('王明李强')
    // (…nor a table headed 姓名 | 证件号码 whose rows carry ID cards)
    expect(off(['询问笔录', '│姓名    │证件号码            │住址          │', '│王某某  │110101199001011234  │北京市某区    │'])).toEqual([])
  })
  it('the right to ask for an officer’s withdrawal names no officer', () => {
    expect(extractDocFacts(doc(['现场检查笔录', '你有权对检查人员申请回避，是否申请回避？现场负责人：不申请。'], '现场检查笔录')).officers).toEqual([])
  })
})

describe('the party a notice served by publication addresses', () => {
  it('its name before a long bracket of identifiers and a colon; the paper\'s 你单位 is no name', () => {
    expect(partyNames(['关于公告送达《税务行政处罚决定书》的公告', '拉萨某商贸有限公司（纳税人识别号：91540102MA6T1A3N47，法定代表人：次仁多吉，登记注册地址：西藏自治区拉萨市城关区金珠西路***号）：', '我局于2024年9月20日对你单位作出《税务行政处罚决定书》。', '你单位2023年1月至2023年12月期间，未按照规定期限办理纳税申报。'], '其他')).toEqual(['拉萨某商贸有限公司'])
  })
})

describe('a question\'s words are no party', () => {
  it('今天就你公司在…的事情向你调查', () => {
    expect(partyNames(['询问笔录', '问：我们是某市自然资源局执法人员，这是我们的执法证件。今天就你公司在某镇某村西山采砂的事情向你调查，请如实回答。'], '询问笔录')).not.toContain('今天就你公司')
  })
})

describe('the driver a transport news item names', () => {
  it('one masked driver is the party of a news item that names no business', () => {
    expect(partyNames(['9月17日，某市交通运输执法支队某大队在辖区重点路段进行巡查，发现一辆小型轿车涉嫌非法营运。', '经检查，驾驶员许某当场无法提供该车辆的道路运输证件，执法人员依法对其立案调查。'], '其他')).toEqual(['许某'])
  })
  it('two masked drivers, or a decision with its own boxes, name no one this way', () => {
    expect(partyNames(['执法人员先后查获驾驶员葛某、驾驶员蔡某两辆车辆涉嫌非法营运。'], '其他')).toEqual([])
  })
})

describe('a masked person a news item names as the party or has penalised', () => {
  it.each([
    [['执法人员当即上前开展调查。经现场检查及询问,当事人刘某、张某承认在公共场所散发小广告的违法事实。'], ['刘某']],
    [['执法队员迅速查找并抓获正在现场张贴“小广告”的人员。依据《湖南省城市综合管理条例》第十五条第二款规定,对柴某擅自张贴小广告,进行严肃批评并作行政处罚1000元。'], ['柴某']],
    [['经执法队员进一步调查,当事人交代先后一共倾倒了4车垃圾。依据相关法律法规,兰溪市综合行政执法局对王某处以罚款1000元的行政处罚,并责令其立即清理。'], ['王某']],
    // (…not a person a sentence tells of otherwise: a witness, one who was questioned)
    [['执法人员依法对涉事场所负责人杨某制作了《现场检查(勘验)笔录》。'], []],
  ])('%j', (lines, want) => expect(partyNames(lines, '其他')).toEqual(want))
})

describe('the words of a sentence are no party', () => {
  it.each([
    ['另外，值得关注的是，通报中，也有网吧因雇佣童工被罚款2万元。'],
    ['发现一家牛肉汤馆的无线网络未记录用户。这家店被予以行政警告处罚。'],
    ['民警检查发现，而其经营的网吧被处以罚款5000元。'],
    ['某市交通运输局立案调查后，责令所属公司退还车费，并依法对驾驶员处以500元顶格罚款。'],
    ['2、对当事人的《询问笔录》一份，当事人陈述了擅自开垦林地的行为；', '3、现场照片，证明当事人辨认出擅自开垦的林地。'],
  ] as string[][])('%s', (...lines: string[]) => expect(extractDocFacts(doc(lines)).parties).toEqual([]))
})

describe('officers', () => {
  it.each([
    ['执法人员：王立（执法证号：31010023001）、李明（执法证号：31010023002）', [['王立', '31010023001'], ['李明', '31010023002']]],
    ['执法人员：王立（31010023001）、李明（31010023002）', [['王立', '31010023001'], ['李明', '31010023002']]],
    ['执法人员马立群、邓珂', [['马立群', null], ['邓珂', null]]],
    ['我局执法人员刘伟(执法证号:ZJ0001)与周强(执法证号:ZJ0002)依法对当事人进行检查。', [['刘伟', 'ZJ0001'], ['周强', 'ZJ0002']]],
    ['执法人员刘伟与周强向当事人出示了执法证件。', [['刘伟', null], ['周强', null]]],
    ['我局执法人员张伟、李强持证对当事人进行检查', [['张伟', null], ['李强', null]]],
    // the enumeration comma as a scan's reading gives it, the radical 丶
    ['12月18日城关区执法队执法人员骆小凤丶祁善禄丶王晨对你单位下达了责令改正违法行为决定书', [['骆小凤', null], ['祁善禄', null], ['王晨', null]]],
    // names set apart by a space (which the reading drops between Chinese characters) or by a wide gap
    ['执法人员：张伟 李强', [['张伟', null], ['李强', null]]],
    ['案件承办人：张伟  李强', [['张伟', null], ['李强', null]]],
    ['执法人员：欧阳明华', [['欧阳明华', null]]],
    ['由我局执法人员张伟、李强负责调查', [['张伟', null], ['李强', null]]],
    ['执法大队执法人员张伟、李强（执法证号：LN-2101、LN-2102）对当事人进行现场检查', [['张伟', 'LN-2101'], ['李强', 'LN-2102']]],
    ['执法人员张伟（执法证编号：15010001）、李强（执法证编号：15010002）', [['张伟', '15010001'], ['李强', '15010002']]],
    ['执法人员：孙海涛(J170300254)、周敏(J170300255)', [['孙海涛', 'J170300254'], ['周敏', 'J170300255']]],
    ['执法人员：马立群、邓珂，执法证号：12345678、23456789', [['马立群', '12345678'], ['邓珂', '23456789']]],
    ['承办人：赵强    执法证号：SH12345678', [['赵强', 'SH12345678']]],
    ['询问人：王立、李明  记录人：李明', [['王立', null], ['李明', null]]],
    // (two names of three a space apart, run into one where the text joins CJK words — bj-07)
    ['检查人员签名：汪海玉 陈立群', [['汪海玉', null], ['陈立群', null]]],
    // (the next box's label run on to a name where a scan lost the gap — bi-09 as a scan)
    ['询问人：何静单位：九龙坡区城市管理局执法证号：5001072100382', [['何静', '5001072100382']]],
    ['检查人员：陈静（执法证号：J80315835）', [['陈静', 'J80315835']]],
    // (a patrol's record: 巡查人员 beside the names, a gap for the colon — bh-05)
    ['巡查人员 杨光明（执法证号52062918007） 龙晓梅（执法证号52062918015）', [['杨光明', '52062918007'], ['龙晓梅', '52062918015']]],
    ['核查人员：王立（执法证号：15010001）、李明（执法证号：15010002）', [['王立', '15010001'], ['李明', '15010002']]],
    // (a scan's reading that lost the gap after a bare number: the next name and its 执法证号 run on to it — bh-02 as a scan)
    ['执法人员 宝音图执法证号 15250117023张海军执法证号 15250117031', [['宝音图', '15250117023'], ['张海军', '15250117031']]],
    // (…or a closing bracket the reading doubled between the two — bh-12 as a scan)
    ['询问人：杨帆（51150321007））蒲勇（51150322003)', [['杨帆', '51150321007'], ['蒲勇', '51150322003']]],
    // the certificate called 行政执法证号 or 执法证; the label 执法人员姓名 or 调查人
    ['执法人员张伟（行政执法证号：15010001）、李强（行政执法证号：15010002）', [['张伟', '15010001'], ['李强', '15010002']]],
    ['执法人员张伟（执法证：15010001）、李强（执法证：15010002）', [['张伟', '15010001'], ['李强', '15010002']]],
    ['执法人员姓名：张伟  执法证号：15010001', [['张伟', '15010001']]],
    ['调查人：张伟、李强', [['张伟', null], ['李强', null]]],
    // the numbers after the names as 执法证编号 or 证件号码分别为; a 记录人 with a 证号 on the line; a two-character name
    // right before 证号 (陆佳　证号：…, the gap lost)
    ['执法人员冯志刚、牛晓辉（执法证编号41018520210016、41018520220043）向现场负责人出示执法证件', [['冯志刚', '41018520210016'], ['牛晓辉', '41018520220043']]],
    ['我们是某市应急管理局执法人员朱伟明、陆佳，证件号码分别为浙33048200217、浙33048200305，这是我们的证件。', [['朱伟明', '浙33048200217'], ['陆佳', '浙33048200305']]],
    ['记录人：陆佳　证号：浙33048200305', [['陆佳', '浙33048200305']]],
    ['询问人：陆佳　证号：浙33048200305', [['陆佳', '浙33048200305']]],
    // a two-character name spaced out to align with the others (林  斌（…）), and the next officer set under the first
    // on the next line (卫生监督员：刘晓梅（卫生监督员证号：…） / 　　何  俊（…）); a signature box 卫生监督员签字
    ['执法人员：林  斌（执法证号：FJ35080220117）  吴雅琴（执法证号：FJ35080220124）    记录人：吴雅琴', [['林斌', 'FJ35080220117'], ['吴雅琴', 'FJ35080220124']]],
    ['卫生监督员签字：刘晓梅  何俊', [['刘晓梅', null], ['何俊', null]]],
    // a certificate with a longer prefix (鲁农执…), a 记录人 with a bare number in brackets, a name of the minorities' form,
    // a certificate's long title in the bracket (消防监督检查员证号)
    ['执法人员签名：孔令海（执法证号：鲁农执37088300126）  颜秀梅（执法证号：鲁农执37088300139）', [['孔令海', '鲁农执37088300126'], ['颜秀梅', '鲁农执37088300139']]],
    ['询问人：刘振宇（渝执0112-02317）    记录人：何静（渝执0112-02409）', [['刘振宇', '渝执0112-02317'], ['何静', '渝执0112-02409']]],
    ['本局执法人员艾尔肯·买买提（执法证号65010200312）、张丽（执法证号65010200347）对该网咖进行检查。', [['艾尔肯·买买提', '65010200312'], ['张丽', '65010200347']]],
    ['检查人员：黄志坚（消防监督检查员证号：4419001902）、梁嘉欣（消防监督检查员证号：4419002115）', [['黄志坚', '4419001902'], ['梁嘉欣', '4419002115']]],
    // (…and the party's 陪同检查人 is none)
    ['单位消防安全责任人：黄嘉豪（法定代表人）   陪同检查人：冯志强（行政经理）', []],
    // numbers a publisher masked (44030020****): still numbers, and the second officer after them is still read
    ['税务执法人员：黄某某（执法证号：44030020****）  陈某（执法证号：44030021****）', [['黄某某', '44030020****'], ['陈某', '44030021****']]],
    ['执法人员（签名）：刘某某（执法证号：14010024****）    郭某（执法证号：14010025****）', [['刘某某', '14010024****'], ['郭某', '14010025****']]],
    ['执法人员：刘明（执法证号：14010024＊＊＊＊）、郭华（执法证号：14010025＊＊＊＊）', [['刘明', '14010024＊＊＊＊'], ['郭华', '14010025＊＊＊＊']]],
  ] as const)('%s', (line, want) => {
    expect(extractDocFacts(doc([line])).officers.map((o) => [o.name, o.certNo ?? null])).toEqual(want)
  })
  it('a certificate number on the next line goes to the officer named above it', () => {
    const o = extractDocFacts(doc(['承办人：赵强', '执法证号：31010023009'])).officers
    expect(o.map((x) => [x.name, x.certNo])).toEqual([['赵强', '31010023009']])
  })
})

describe('officers a fire brigade\'s record names, and names a pronoun opens', () => {
  const officers = (lines: string[], type: DocType = '现场检查笔录') => extractDocFacts(doc(lines, type)).officers.map((o) => [o.name, o.certNo])
  it('检查人员：我大队消防监督员张文博（…）、黄思远 / （…）: both', () => {
    expect(officers(['检查人员：我大队消防监督员张文博（执法证号42011122008）、黄思远', '（执法证号42011123015）到场检查，'])).toEqual([
      ['张文博', '42011122008'],
      ['黄思远', '42011123015'],
    ])
  })
  it('其木格 in an officers\' table beside her number, its last digits wrapped in the cell', () => {
    expect(officers(['检查人员         执法证号            检查人员          执法证号', '张俊峰           15062224013         其木格            1506222', '                                                       4021', '记录人：其木格'])).toEqual([
      ['张俊峰', '15062224013'],
      ['其木格', '15062224021'],
    ])
  })
})

describe('officers and the party as other sectors\' records write them (round bm, bn)', () => {
  const facts = (lines: string[], type: DocType = '询问笔录') => extractDocFacts(doc(lines, type))
  const officers = (lines: string[], type?: DocType) => facts(lines, type).officers.map((o) => [o.name, o.certNo])
  it('a two-character name spaced out before a 劳动保障监察 certificate: 孙  婧  监察证号：吉劳监2201040186', () => {
    expect(officers(['询问人：李文博  监察证号：吉劳监2201040173', '询问人：孙  婧  监察证号：吉劳监2201040186', '记录人：孙婧'])).toEqual([
      ['李文博', '吉劳监2201040173'],
      ['孙婧', '吉劳监2201040186'],
    ])
  })
  it('于 洋 in a ruled row of 询问人 beside its certificate is an officer (于 a surname there)', () => {
    expect(officers(['┃询问人    ┃孟庆伟    ┃执法证件号21070325011┃', '┃询问人    ┃于  洋    ┃执法证件号21070325026┃', '┃记录人    ┃于  洋    ┃                     ┃'])).toEqual([
      ['孟庆伟', '21070325011'],
      ['于洋', '21070325026'],
    ])
  })
  it('a table whose head names its rows before its columns (执法人员 姓名 执法证号), its rows a name and a number', () => {
    expect(officers(['执法人员 姓名 执法证号', '马国强 64010020180215', '张文博 64010020190342', '记录人：张文博'], '现场检查笔录')).toEqual([
      ['马国强', '64010020180215'],
      ['张文博', '64010020190342'],
    ])
  })
  it('…and a 劳动保障监察证号 set a gap after the name (调查人：梁志明　　劳动保障监察证号：…)', () => {
    expect(officers(['调查人：梁志明　　劳动保障监察证号：44011119032', '调查人：何晓彤　　劳动保障监察证号：44011120117', '记录人：何晓彤'])).toEqual([
      ['梁志明', '44011119032'],
      ['何晓彤', '44011120117'],
    ])
  })
  it('…and as a scan reads them: the gap before 监察证号 lost, a bar read as 1 before a name', () => {
    expect(officers(['询问人：李文博监察证号：吉劳监2201040173', '询问人：孙婧监察证号：吉劳监2201040186', '记录人：孙婧'])).toEqual([
      ['李文博', '吉劳监2201040173'],
      ['孙婧', '吉劳监2201040186'],
    ])
    expect(officers(['|询问人 |孟庆伟 |执法证件号21070325011丨', '|询问人 1于洋 |执法证件号21070325026丨'])).toEqual([
      ['孟庆伟', '21070325011'],
      ['于洋', '21070325026'],
    ])
  })
  it('a name the width broke over three lines, its middle character alone (法定代表人刘 / 海 / 涛，…)', () => {
    const lines = ['案件调查报告', '一、当事人基本情况', '香河县鑫木源家具有限公司，统一社会信用代码略。', '地址河北省廊坊市香河县淑阳镇家具产业园区纬四路18号，法定代表人刘', '海', '涛，主要从事实木家具生产。', '二、案件来源及调查经过', '2025年3月18日，香河县分局执法人员日常检查发现本案；3月20日立']
    expect(facts(lines, '案件调查终结报告').parties[0]?.legalRepresentative).toBe('刘海涛')
  })
  it('the officers of a 复查 record (复查人员：…、…), and no officer in a sentence\'s agent (经执法人员初步辨认)', () => {
    expect(facts(['现场复查笔录', '复查人员：孟庆涛（执法证号：37070516045）、于晓东（执法证号：37070516052）', '记录人：孟庆涛'], '现场检查笔录').officers.map((o) => o.name)).toEqual(['孟庆涛', '于晓东'])
    expect(facts(['检查情况：', '3.经执法人员初步辨认，被网鸟类6只均为珠颈斑鸠，均存活。'], '现场检查笔录').officers).toEqual([])
  })
  it('a case\'s name told as 某会所接纳未成年人…案: the party is the business, not its act', () => {
    expect(facts(['询问笔录', '案件名称：埇桥区星火网络会所接纳未成年人进入营业场所案', '问：你是什么身份？']).parties[0]?.name).toBe('埇桥区星火网络会所')
    // (…but a news headline's 查处一起网吧涉嫌接纳…案 names no party)
    expect(facts(['县文广旅体局查处一起网吧涉嫌接纳未成年人进入营业场所案', '访问次数: |'], '其他').parties.map((p) => p.name)).not.toContain('一起网吧')
  })
  it('复查人： with each number in brackets, the last bracket lost by a scan\'s reading (…卓玛草（执法证号6230250127)', () => {
    expect(officers(['复查笔录', '复查人：王德胜（执法证号6230250118) 卓玛草（执法证号6230250127', '复查情况：已恢复植被。'], '现场检查笔录')).toEqual([
      ['王德胜', '6230250118'],
      ['卓玛草', '6230250127'],
    ])
  })
  it('a 复查 record\'s officers as rows of name and number under 复查人员及证号; a bare list there is not read', () => {
    expect(officers(['复查记录', '被复查单位：吉林省松江建筑工程有限公司江城御苑二期项目施工现场', '复查人员及证号', '周丽萍　22070201015', '高天宇　22070201022', '记录人', '周丽萍'], '现场检查笔录')).toEqual([
      ['周丽萍', '22070201015'],
      ['高天宇', '22070201022'],
    ])
    expect(facts(['复查记录', '复查人员：李卫东、谭敏', '复查情况：当事人已改正。'], '现场检查笔录').officers).toEqual([])
  })
  it('the unit a questioned person works for, not its department: 某公司市场部经理 is 某公司', () => {
    expect(facts(['询问笔录', '被询问人：赵丽娟  性别：女', '工作单位及职务：咸阳美齿口腔医院有限公司市场部经理']).parties[0]?.name).toBe('咸阳美齿口腔医院有限公司')
    // (…nor the department named after the unit's kind: 某中医医院医院感染管理科科长, bs-04)
    expect(facts(['询问笔录', '被询问人：李红梅  性别：女', '工作单位及职务：南宁市青秀区中医医院医院感染管理科科长']).parties[0]?.name).toBe('南宁市青秀区中医医院')
  })
})

describe('officers on two lines', () => {
  it('two names run together across a wrapped line, the 、 at the line\'s end lost by a scan\'s reading, are two officers', () => {
    const lines = ['本机关于当日组织行政执法人员赵丽', '田帅对投诉情况进行调查核实。']
    expect(extractDocFacts(doc(lines, '行政处罚决定书')).officers.map((o) => o.name)).toEqual(['赵丽', '田帅'])
    // (…not a four-character name a line ends inside of, its compound surname first)
    expect(extractDocFacts(doc(['本机关于当日组织行政执法人员欧阳', '明华对投诉情况进行调查核实。'], '行政处罚决定书')).officers.map((o) => o.name)).toEqual(['欧阳明华'])
  })
  it('the next officer set under the first, spaced out to align, with a certificate in brackets', () => {
    const lines = ['卫生监督员：刘晓梅（卫生监督员证号：51010721001）', '            何  俊（卫生监督员证号：51010721014）', '记录人：何  俊']
    expect(extractDocFacts(doc(lines, '现场检查笔录')).officers.map((o) => [o.name, o.certNo ?? null])).toEqual([['刘晓梅', '51010721001'], ['何俊', '51010721014']])
  })
  it('…the first officer\'s unit in brackets after the certificate, broken over the line\'s end (cj-04 as a scan)', () => {
    const lines = ['检查人员：吴振华执法证编号：34112223005（滁州市生态环境局来安', '县分局)', '钱晓雯执法证编号：34112223017（滁州市生态环境局来安', '县分局)', '记录人：钱晓雯', '检查人员出示执法证件，告知被检查单位依法享有陈述、申辩和申请回避的权利，并应当如实回答询问。']
    expect(extractDocFacts(doc(lines, '现场检查笔录')).officers.map((o) => [o.name, o.certNo ?? null])).toEqual([['吴振华', '34112223005'], ['钱晓雯', '34112223017']])
  })
  it('…as a scan reads those rows: the gap after the first name and the second row\'s indent lost (cg-02 as a scan)', () => {
    const lines = ['询问人：韩蕊劳动保障监察证号：TJ1201110318', '郭振宇 劳动保障监察证号：TJ1201110422', '记录人：韩蕊', '问：我们是天津市西青区人力资源和社会保障局的劳动保障监察员，现依法向你了解情况，请如实回答。']
    expect(extractDocFacts(doc(lines, '询问笔录')).officers.map((o) => [o.name, o.certNo ?? null])).toEqual([['韩蕊', 'TJ1201110318'], ['郭振宇', 'TJ1201110422']])
  })
  it('…with a long certificate label of the sector, 劳动保障监察证号, on both rows of a 复查笔录 (cg-02)', () => {
    const lines = ['复查人员：韩蕊　劳动保障监察证号：TJ1201110318', '　　　　　郭振宇　劳动保障监察证号：TJ1201110422', '复查情况：监察员出示证件。该单位于2024年2月26日书面报送改正情况。']
    expect(extractDocFacts(doc(lines, '现场检查笔录')).officers.map((o) => [o.name, o.certNo ?? null])).toEqual([['韩蕊', 'TJ1201110318'], ['郭振宇', 'TJ1201110422']])
  })
})

describe('certificates listed after the names, a number wrapped at the line\'s end', () => {
  const off = (lines: string[], type: DocType = '询问笔录') => extractDocFacts(doc(lines, type)).officers.map((o) => `${o.name}|${o.certNo ?? ''}`)
  it('分别为37 / 092119060123、…: the short part and the digits on the next line are one number (bg-04 as a scan)', () => {
    expect(off(['询问人：韩啸 记录人：贾明轩', '问：我们是岱阳县交通运输局执法人员韩啸丶贾明轩，执法证号分别为37', '092119060123丶37092120080047，现向你出示执法证件。'])).toEqual(['韩啸|37092119060123', '贾明轩|37092120080047'])
    // (…a longer part, as long with the next line's digits as the next number)
    expect(off(['问：我们是执法人员韩啸、贾明轩，执法证号分别为3709211906', '0123、37092120080047，现向你出示执法证件。'])).toEqual(['韩啸|37092119060123', '贾明轩|37092120080047'])
  })
  it('two whole numbers a line each stay two', () => {
    expect(off(['执法人员：韩啸、贾明轩 执法证号：', '37092119060123', '37092120080047'], '现场检查笔录')).toEqual(['韩啸|37092119060123', '贾明轩|37092120080047'])
  })
})

describe('parties as the pages read first on 2026-12-07 print them (real documents of the tune part)', () => {
  const partyOf = (id: string) => {
    const text = readFileSync(join(import.meta.dirname, '../fixtures/real/docs', `${id}.txt`), 'utf8')
    return extractCase(id, segmentPages(readTxt(new TextEncoder().encode(text), `${id}.txt`))).documents.flatMap((d) => d.parties.map((p) => p.name))[0] ?? null
  }
  it.each([
    // a table copied a cell a line, bars at the ends and a space inside a column's name (处罚 文书号 |)
    ['agr-2401', '潜江******有限公司'],
    // a 公示 record's 行政处罚当事人基本情况: box
    ['nr-2405', '阿图什市锡通矿业有限公司新疆阿图什市砂石料聚集区十号建筑用砂矿'],
    // a page's 关联稿件: link list is no party
    ['con-2409', '巴州中舜建筑有限公司'],
    // a party's label spaced out to align, 当  事  人:
    ['hlth-2209', '千山红镇桥北社区杨爱云口腔诊所'],
    // a notice of a case the agency took up or decided, the firm right before the conduct's first word (对某公司滥用市场支配地位
    // 案作出…, 于2019年7月对某公司涉嫌…立案调查)
    ['mkt-2704', '先声药业集团有限公司'],
    ['mkt-2714', '东北制药集团股份有限公司'],
    ['mkt-2711', '成都市工程造价协会'],
    // (…the conduct after 的, or the first of several it names: 对某公司的垄断行为, 对某采石场等四家采石场涉嫌…, 对某公司和7家水泥企业
    // 涉嫌…, 对某公司、某公司涉嫌…)
    ['mkt-2818', '重庆西南制药二厂有限责任公司'],
    ['mkt-2803', '巫溪县东翰采石场'],
    ['mkt-3002', '淄博联和水泥企业管理有限公司'],
    ['mkt-2909', '湖南百旺金赋科技有限公司'],
  ])('%s', (id, name) => expect(partyOf(id)).toBe(name))
  it('a form\'s header row naming its columns (行政处罚当事人基本情况 :个人 姓名(名称)) gives no party', () => {
    expect(partyOf('mkt-4501')).not.toBe('个人姓名')
  })
})

describe('a party\'s label spaced out to align (当  事  人:)', () => {
  it('reads the name after it (hlth-2209)', () => {
    expect(partyNames(['行政处罚决定书', '益市监(2)处〔2022〕99号', '当  事  人:千山红镇某某口腔诊所', '主体资格证照名称:医疗机构执业许可证'])).toEqual(['千山红镇某某口腔诊所'])
  })
})

describe('the second officer under the first, each row ending with the officer\'s unit (ce-03)', () => {
  it.each([
    [['现场勘验笔录', '勘验人：周某平执法证号：43122518012 单位：会同县林业局', '蒋某执法证号：43122520037 单位：会同县林业局', '勘验人员向当事人出示执法证件']],
    [['现场勘验笔录', '勘验人：周某平　执法证号：43122518012　　单位：会同县林业局', '　　　　蒋　某　执法证号：43122520037　　单位：会同县林业局', '勘验人员向当事人出示执法证件']],
  ])('%j', (lines) => expect(extractDocFacts(doc(lines, '现场检查笔录')).officers.map((o) => [o.name, o.certNo])).toEqual([['周某平', '43122518012'], ['蒋某', '43122520037']]))
})

describe('a table head a scan read with single spaces between its cells (cd-06)', () => {
  it('勘测人员 姓名 执法证号 is no officer named 员姓名', () => {
    const names = extractDocFacts(doc(['现场勘测笔录', '勘测时间：2023年5月16日9时', '勘测人员 姓名 执法证号', '陈某坚 44090419023', '林某华 44090420031', '记录人：林某华', '勘测人员出示执法证件，告知在场人有申请回避的权利。'], '现场检查笔录')).officers.map((o) => o.name)
    expect(names).not.toContain('员姓名')
  })
})

describe('officers are people, not words', () => {
  const officers = (line: string) => extractDocFacts(doc([line])).officers.map((o) => o.name)
  it.each([
    ['执法人员调查发现当事人未按规定公示。', []],
    ['执法人员当即责令当事人改正。', []],
    ['执法人员全程录像。', []],
    ['询问人：请介绍一下你的基本情况。', []],
    // (the officers a question speaks of, not the record's: 查 is a surname too; but officers introducing themselves are listed)
    ['问：3月18日执法人员查见的向污水检查井排泥浆水的水泵和软管是谁设置的？', []],
    ['问：我们是某县林业局执法人员潘某杰、石某英（出示执法证件）。现依法向你调查。', ['潘某杰', '石某英']],
    // verbs that begin with a surname's character (查 is one)
    ['经本局执法人员查询，当事人使用的上述视力筛选仪未经注册。', []],
    ['至2024年10月8日被我执法人员查获时止，该地磅还在继续使用中。', []],
    ['执法人员曹岗岗、刘翔制作了现场检查笔录。', ['曹岗岗', '刘翔']],
    ['执法人员种子慧(16010921028)、张丽丽(16010921001)到现场检查', ['种子慧', '张丽丽']],
  ])('%s', (line, want) => expect(officers(line)).toEqual(want))
})

describe('legal representative read from its own box only', () => {
  const rep = (lines: string[]) => extractDocFacts(doc(lines)).parties[0]?.legalRepresentative
  it.each([
    [['当事人：某某有限公司', '负责人意见 同意立案'], undefined],
    [['当事人：某某有限公司', '法定代表人 审批同意结案'], undefined],
    // the person in charge on site (现场负责人) is not the company's representative
    [['被检查单位（人）：无锡梁溪佳信超市有限公司', '现场负责人：沈佳（总经理） 身份证号码：320213199608228862'], undefined],
    // (…nor the agency's head signing an opinion box: 处理意见：建议立案调查。　负责人：雷建平)
    [['当事人：某某有限公司', '处理意见：建议立案调查。    负责人：雷建平    2024.04.08'], undefined],
    [['当事人：某某有限公司', '处理意见：建议立案调查。    负责人：雷建平', '法定代表人：杜海涛'], '杜海涛'],
    [['当事人：某某有限公司', '法定代表人：张三'], '张三'],
    [['受送达人：兴化市某食品有限公司', '备注：当事人法定代表人应约到局，执法人员宣告决定内容后当场交付。'], undefined],
    // (…nor the head of another body a line names: the custodian of goods seized, on an agreement filed with a receipt — cv-04)
    [['受送达人：德阳市旌阳区顺通汽车修理厂', '受送达人签名：刘德全', '扣押物品委托保管协议', '受托方：四川蜀德能源有限公司旌阳孝泉加油站（章）　负责人：陈建华'], undefined],
    [['当事人：某某有限公司', '法定代表人：王**'], '王**'],
    // (…the next box, 主要负责人, a single space after the name where a scan narrowed the gap: bl-10)
    [['被处罚单位：合肥某口腔门诊部有限公司', '法定代表人：韦志强 主要负责人：杜欣'], '韦志强'],
    // (an operator or a person in charge a record's account names in passing is no box of the party's: 经营者周丽在场，称…;
    // 询问超市负责人王志刚 — cm-06, bp-11; their boxes are: 经营者：周桂兰, 单位负责人：王志刚)
    [['被检查单位：宝鸡嘉禾物业服务有限公司', '1．室内设果蔬货架、冷柜、收银台，经营者周丽在场，称该房屋向物业公司租用。'], undefined],
    [['当事人：某某有限公司', '1月16日询问经营者周桂兰；1月17日询问超市负责人王志刚，调取三家超市销售记录。'], undefined],
    [['当事人：遵义市汇川区周记黔香油辣椒加工坊', '经营者：周桂兰         联系电话：13885264017'], '周桂兰'],
    [['当事人：某某有限公司', '单位负责人：王志刚'], '王志刚'],
  ] as const)('%j', (lines, want) => expect(rep([...lines])).toBe(want))
})

describe('parties as published decisions and disclosure tables give them', () => {
  const party = (lines: string[]) => extractDocFacts(doc(lines)).parties[0]?.name ?? null
  it.each([
    [['违法主体名称或姓名 |', '隆回县某镇泰*农资经营部 龙*权 |', '|'], '隆回县某镇泰*农资经营部'],
    [['被处罚人姓名 潘某坤 性别 男 出生日期 ****年**月**日'], '潘某坤'],
    [['当事人姓名或者单位名称:魏某新', '住所:**'], '魏某新'],
    [['一、 当事人基本情况', '戴**,男,汉族,身份证:430225********801X'], '戴**'],
    [['豫 1104 环罚决字〔2022〕4 号', '河南某贸易有限公司第二加油站统一社会信用代码91411104358054839X'], '河南某贸易有限公司第二加油站'],
    [['武汉市江夏某铝粉厂', '', '我局于2023年2月6日对你单位非法占地一案立案调查。'], '武汉市江夏某铝粉厂'],
    [['当事人:某某口腔诊所 主体资格证照名称:医疗机构执业许可证'], '某某口腔诊所'],
    [['重庆市铜梁区某供销合作社白合分社:'], '重庆市铜梁区某供销合作社白合分社'],
    // a table's row read cell by cell: the name, then its credit code with the label lost
    [['榕农(肥料)罚〔2025〕2号 |', '销售未取得登记证的肥料案 |', '福州市仓山区农壹科技服务部 |', '92350104MAD25W8C6E |', '郭永福 |'], '福州市仓山区农壹科技服务部'],
    // last of all, the place the officers inspected
    [['2020年4月17日,益阳市应急管理局执法人员对沅江市四季红镇先锋加油站进行检查,检查发现该站液位监测仪显示异常。'], '沅江市四季红镇先锋加油站'],
    [['2023年7月18日,鹿城区应急管理局执法人员对位于鹿城区仰义街道的温州市鹿城区某科技公司进行执法检查。'], '温州市鹿城区某科技公司'],
    // (…with a street number in the place, and the officers going to the party's premises)
    [['2025年3月4日,某县卫生健康委员会行政执法人员依法对位于某市某区海德花园11幢梅洲路757号的某市康某酒店管理有限公司进行监督检查,发现:1.检查时该酒店正常经营中。'], '某市康某酒店管理有限公司'],
    [['2024年8月14日,某县市场监督管理局执法人员到牟定刘XX诊所开展医疗机构专项检查时,在当事人的药房内发现过期药品。'], '牟定刘XX诊所'],
    // a label in 【】 (【被处罚单位】:某公司); the organisation the text calls the party as it tells what it did
    [['【被处罚单位】:常熟市某铝业有限公司?', '【违法事实】安排未经职业健康检查的劳动者从事接触职业病危害的作业'], '常熟市某铝业有限公司'],
    [['行政处罚内容 当事人某省广播电视传媒运营有限责任公司的行为,违反了《广告法》第二十八条之规定。'], '某省广播电视传媒运营有限责任公司'],
    // the full name a short one stands for, in a judgment naming the agency first (上诉人某局(以下简称…)因与被上诉人某公司…)
    [['撤销丘北县应急管理局对亿邦公司作出的丘应急罚〔2019〕事故-03号行政处罚决定书。', '法定代表人刘某,执行董事。上诉人丘北县应急管理局(以下简称应急管理局)因与被上诉人云南亿邦建筑设备租赁有限公司(以下简称亿邦公司)安全生产行政处罚一案,不服一审判决,提起上诉。'], '云南亿邦建筑设备租赁有限公司'],
    // a body acting on another (某中心在疫情期间对某水厂…进行水质采样) is not the party for being told 在…
    [['2020年2月22日,秀山土家族苗族自治县疾病预防控制中心在新冠肺炎疫情期间对某水厂生产的生活饮用水进行水质采样。'], null],
    // the account first describing the party (该中医院), a sentence before naming it (反映某市某中医院涉嫌…)
    [['一、线索来源及描述', '2024年9月,接到群众举报线索,反映六盘水市某中医院涉嫌骗取医保基金等行为。', '四、处理结果', '依据《医疗保障基金使用监督管理条例》第三十八条之规定,属地医保局对该中医院作出如下处理:一是责令退回造成损失的医保基金142511.38元。'], '六盘水市某中医院'],
    // the firm found at fault in its works or its fire exits (检查发现某公司制砖车间…断开, 发现位于…的某美容院消防设施未…)
    [['现场检查发现钟祥市丽磷建材有限公司制砖车间破碎工段(二破)集成罩与布袋除尘器连接的抽风管道断开,布袋除尘器未运行。'], '钟祥市丽磷建材有限公司'],
    [['大队消防监督员在开展消防监督检查时,发现位于石鼓区黄沙湾街道华源支路雅士林欣城的衡阳市石鼓区蓝天美容院消防设施未保持完好有效。'], '衡阳市石鼓区蓝天美容院'],
    // a firm named with its credit code in brackets, the first of several
    [['1月20日,哈尔滨南岗区市场监管局发布通报,经查,哈尔滨市南岗区悦惠购生鲜超市(社会信用代码:92230103MA19N9UU35)、哈尔滨市南岗区放鑫购生鲜超市(社会信用代码:92230103MA1CD4P35R)三家企业,在销售散装鸡蛋过程中,不执行涨价幅度控制的规定。'], '哈尔滨市南岗区悦惠购生鲜超市'],
    // a person masked as a surname and 某某, however rare the surname, who a sentence tells breaking a rule
    [['2023 年5 月10 日,吝某某连续在渭河大坝实施采砂活动,多次利用农用三轮拉运并堆放于村内。'], '吝某某'],
    // a case's title the reading ran into the account's first date (…的食品案2022年3月9日,…)
    [['连城县巧麦撕烘培工坊(美团、饿了么平台网店名称:巧麦撕工坊)经营超过保质期的食品案2022年3月9日,连城县市场监督管理局依法对当事人进行检查。'], '连城县巧麦撕烘培工坊'],
    // a 公示 list's row run onto one line without its header: the cell after the case's name
    [['1 | 东农(农药)罚〔2024〕1 号 | 不按照农药的标签标注的安全间隔期使用农药行为一案 | 廖俊 | / | 廖俊 | 经调查,你不按照农药标签标注的安全间隔期使用农药,情况属实。'], '廖俊'],
    // …but a party told of, not named, is no name
    [['近日,衡阳市石鼓区一美容院因消防设施未保持完好有效,被衡阳市石鼓区消防救援大队依法处罚款5000元。'], null],
    // a report of the penalty names the party it was given to
    [['近日,漳州市交通运输综合执法支队龙文大队对漳州某运输有限公司未建立交通违法动态信息处理制度的违法行为依法下发《行政处罚决定书》,作出罚款人民币1000元的行政处罚。'], '漳州某运输有限公司'],
    [['近日,衡阳市石鼓区蓝天美容院因消防设施未保持完好有效,被衡阳市石鼓区消防救援大队依法处罚款5000元。'], '衡阳市石鼓区蓝天美容院'],
    // …in the other ways a report tells it: 被罚, 被罚款, 被…立案处罚, a bracketed short name, a case's title
    [['近日,某市行政处罚信息公示平台披露,某市甲乙置业有限公司在未取得施工许可证的情况下擅自施工被罚。'], '某市甲乙置业有限公司'],
    [['某局网站公布行政处罚决定书,某县丙丁印刷厂因违反《中华人民共和国大气污染防治法》,被罚款2万元。'], '某县丙丁印刷厂'],
    [['某报讯(通讯员 某某)近期某县小太阳幼儿园消防设施设置不符合标准被某县消防救援大队依法立案处罚。'], '某县小太阳幼儿园'],
    [['据悉,某超市股份有限公司某店(下称“当事人”)因销售过期食品被某区市场监督管理局罚款1万元。'], '某超市股份有限公司某店'],
    [['某县应急管理局对某烟花爆竹专营店行政处罚案'], '某烟花爆竹专营店'],
    [['近日,某县戊己商业管理有限公司在某街道某厂区内开始打井。'], '某县戊己商业管理有限公司'],
    [['依据《巡游出租汽车经营服务管理规定》第四十五条的规定,依法对李某给予罚款伍仟元行政处罚。'], '李某'],
    // the agency sending the decision to the party; an addressee with its taxpayer number; a name masked in part with X;
    // a name masked whole in its box, the account naming the firm inspected; the full name a short one stands for
    [['近日,市交通运输综合行政执法支队向某县某公司发出行政处罚决定书,依法给予该公司罚款5000元的行政处罚。'], '某县某公司'],
    [['某稽查局税务行政处罚事项告知书', '深圳市某某电子科技有限公司:(纳税人识别号:91440300088557865R)', '对你(单位)的税收违法行为拟作出行政处罚决定。'], '深圳市某某电子科技有限公司'],
    [['当事人醴陵市XXX农资经营部,经营者XXX,男,47岁。'], '醴陵市XXX农资经营部'],
    [['当事人:****', '统一社会信用代码:****', '2024年6月6日,我局执法人员依法对某市某口腔医疗服务有限公司进行检查,该公司门口摆放有医疗广告。'], '某市某口腔医疗服务有限公司'],
    [['当事人:***', '2020年1月29日,我局执法人员依法对***药房进行日常监督检查。'], '***'],
    [['2025年6月23日,某县应急管理行政执法人员在对嘉善某生态环境公司(以下简称“生态公司”)进行检查时发现,该公司未建立有限空间作业监护制度。', '2025年8月23日,某县应急管理局依法对生态公司作出“责令限期改正,处4万元罚款”的行政处罚。'], '嘉善某生态环境公司'],
    // a row whose next cell's label the reading ran into the name (被处罚单位 某煤矿 地址: …); a mine after its company
    [['被处罚单位 河南某能源股份有限公司千秋煤矿 地址: 河南省某市千秋路 '], '河南某能源股份有限公司千秋煤矿'],
    // a public body told acting as the party
    [['当事人某县某镇人民政府在未经取得合法用地审批手续的情况下,擅自于2018年7月25日开始动工。'], '某县某镇人民政府'],
    // …but 被告 and 被上诉人 are no penalty told, and an outlet only described is passed over for one named
    [['原告某某五金制品有限公司诉被告某市生态环境局罚款一案,本院受理后依法组成合议庭。'], '某某五金制品有限公司'],
    // (…or a suit's name, the one penalised suing the agency)
    [['董海浪诉宁波市国土资源局', '[案情简介]2016年8月4日,原奉化市国土资源局作出行政处罚决定。'], '董海浪'],
    [['兰州铁路运输中级法院审理甘肃“专车第一案”——张某诉兰州市城市交通运输管理处交通行政处罚案昨日宣判。'], '张某'],
    // (…the party told acting, the verb after the masked name: 当事人金某经营未经检疫的羊)
    [['11月2日早上,执法人员在村口当场查获金某经营运输羊92只,当事人金某经营未经检疫的羊,违反了《中华人民共和国动物防疫法》第二十九条的规定。'], '金某'],
    // (…a listed company's words before its subsidiary's name; a headline's charge before the name)
    [['违反放射性安全防护条例 北京中医药大学东直门医院被罚款4万元'], '北京中医药大学东直门医院'],
    // (plaintiffs suing together: the first, not its 等)
    [['原告姜宗某等诉被告山东省海洋与渔业监督监察总队某支队行政处罚纠纷案'], '姜宗某'],
    [['近日', '某市某区一酒店', '被消防救援部门依法处罚', '消防监督员在对辖区某某酒店管理有限公司进行检查时,发现该酒店擅自停用消防设施。'], '某某酒店管理有限公司'],
    // a signature block's blank 当事人: is no party; the addressee above is
    [['仁化县某新能源发电有限公司:', '经查，你单位……', '当事人:', '年 月 日'], '仁化县某新能源发电有限公司'],
    [['文件下载:', '某某有限公司:', '经查，你单位……'], '某某有限公司'],
    // other heads: 单位/个人:, the label alone over a table's rule, 一、当事人名称:
    [['单位/个人:寻甸某经贸有限公司', '统一社会信用代码: 91530129MA6Q05BEXQ'], '寻甸某经贸有限公司'],
    [['行政相对人名称', '|', '胡某兰', '|'], '胡某兰'],
    [['02', '被处罚当事人:', '寿县某村卫生室', '03'], '寿县某村卫生室'],
    [['一、当事人名称:清远市某新型环保建材厂'], '清远市某新型环保建材厂'],
    // no label: the actor of the facts, the title
    [['当事人田某友于2025年5月5日15时许，在禁捕水域垂钓。'], '田某友'],
    [['2016年，防城港市某石材有限公司擅自在某村超越批准的矿区范围开采。'], '防城港市某石材有限公司'],
    [['2024年3月5日，当事人某某建材有限公司擅自在某村占用耕地。'], '某某建材有限公司'],
    [['经查，当事人某某建材有限公司未经批准擅自占用耕地。'], '某某建材有限公司'],
    [['晋江市人力资源和社会保障局关于给予晋江某食品有限公司行政处罚的决定'], '晋江某食品有限公司'],
    [['行政处罚决定书(宁夏某牧业有限公司)'], '宁夏某牧业有限公司'],
    // the agency's own words before the subject are no party (…于2023年12月1日对你公司未经批准…)
    [['我局于2023年12月1日对你公司未经批准、非法占地一案立案调查。'], null],
    // a bracket inside or after the name is part of it: a place, the firm's form
    [['当事人:大陆汽车投资（上海）有限公司'], '大陆汽车投资（上海）有限公司'],
    [['天津市某金属材料经销部(普通合伙):', '统一社会信用代码:91120113744026334E'], '天津市某金属材料经销部(普通合伙)'],
    [['本机关于2024年04月29日就保定某汽车租赁有限公司未取得道路运输经营许可擅自从事道路客运经营一案举行了听证。'], null],
    // a case's name as a title names its party
    [['刘某某销售农药化学物质残留不符合农产品质量安全标准的农产品案', '发布日期: 2024-10-31'], '刘某某'],
    [['名        称 阿克陶县润域农业开发有限公司涉嫌经营未按规定备案种子案'], '阿克陶县润域农业开发有限公司'],
    [['当事人无兽药经营许可证经营兽药案'], null],
    [['温州市瓯海区查办温州某集团股份有限公司未经批准擅自取水案', '', '2019年7月31日,执法人员前往当事人处检查。'], '温州某集团股份有限公司'],
    // the party a sentence names by its role: the person penalised, the party acting, the applicant, the plaintiff
    [['现决定给予孙某处罚款贰佰元整的行政处罚。'], '孙某'],
    [['经查,当事人刘某某在未取得旅行社业务经营许可证的情况下,通过公众号招徕旅游者。'], '刘某某'],
    [['申请人:马某某。', '被申请人:某市卫生健康委员会。'], '马某某'],
    // a news item: the firm a disclosure names after its colon, then 因…被…罚款; a 违法行为人 or a villager the account names
    [['近日,国家统计局公示了一则行政处罚信息:湖南某某纸品有限公司因提供不真实统计资料而违反相关法律,被警告并处罚款20万元。'], '湖南某某纸品有限公司'],
    [['经核查,违法行为人李某、马某在未经证实的情况下,编造、散布了该谣言信息。'], '李某'],
    [['2月11日,该局执法人员对某超市检查时发现待售的牛肉干均超过保质期。'], '某超市'],
    [['日前,市住房和城市更新局发布一份行政处罚决定书,对咸宁某建筑公司做出10万元处罚决定。'], '咸宁某建筑公司'],
    [['建设路与望岳东路交汇处有大型户外广告,经调查发现是王某擅自设置,该广告经测算面积为6㎡。'], '王某'],
    [['11月2日下午4时许,经镇综合行政执法大队巡查发现,和平村村民曹某清在山脚焚烧田埂。'], '曹某清'],
    // a judgment telling whom the defendant penalised (the plaintiffs here complained of it)
    [['某**不服某市卫生和计划生育局行政处罚决定纠纷一审行政判决书', '证据2,证明被告对阳春市中医院作出的行政处罚程序合法。'], '阳春市中医院'],
    // an addressee whose line goes on with its address box or with the opening of the facts (a page running lines together)
    [['开江县某塑料科技有限公司: 地 址:四川省达州市开江县经开区标准化厂房7号楼', '我局于2021年6月9日对你公司进行了调查,发现你公司实施了以下环境违法行为:未经环评批复擅自开工建设。'], '开江县某塑料科技有限公司'],
    [['林业行政处罚决定书〔2025〕46号 发表日期:2025-09-19', '武汉某景业建设工程有限公司: 我局于2025年7月23日对你公司销售的种子没有使用说明一案立案调查。'], '武汉某景业建设工程有限公司'],
    // an addressee that is a works area or a kindergarten, the first of several addressed together
    [['某市环境保护局现场环境监察通知书', '信宜市大成镇禾乐垌石料切割加工片区:', '我局于近期进行专项排查时发现你片区石料切割加工厂实施以下违法行为。'], '信宜市大成镇禾乐垌石料切割加工片区'],
    [['衡阳市蒸湘区英杰幼儿园等9家民办非企业单位:', '本机关于2025年7月1日对你(单位)多年未按照规定接受年检的情形立案调查。'], '衡阳市蒸湘区英杰幼儿园'],
    // a shop of clothes reported penalised; the firm whose goods the agency had sampled; the firm found over its permit
    [['近日,道县衣衫之家精品服饰因堵塞疏散通道被处罚5000元。'], '道县衣衫之家精品服饰'],
    [['2023年3月6日,某县市场监管局依法委托检测机构对贵南县诚信农资服务部销售的标识为“瑞农益邦”测土配方肥进行产品质量监督抽查。'], '贵南县诚信农资服务部'],
    [['2023年第一季度,某县水务局工作人员在统计冷水水量时发现,始兴县某温泉度假有限公司已超本年度许可量。'], '始兴县某温泉度假有限公司'],
    // last of all, a masked person an account tells breaking a rule — the name's end where the sentence goes on
    [['近日,丘北县某乡的杨某某在森林防火期内未经批准擅自在森林防火区野外用火被处罚。'], '杨某某'],
    [['经查证,在某灌区务农的张某为了灌溉耕地,在没有任何手续的情况下与钻井队负责人路某签订钻井合同。'], '张某'],
    [['执法人员巡查时,发现杨某和另外一名当事人各自携带弹弓射鱼器在江边准备射鱼捕捞。'], '杨某'],
    // (…the word 当事人 right before the masked name: 巡查发现当事人郑某在某路段擅自挖掘城市道路)
    [['2024年10月14日,综合执法人员经巡查发现,当事人郑某在浙江省温州市苍南县藻溪镇某路段擅自挖掘城市道路。'], '郑某'],
    [['执法人员及时处理一水事违法案件,对码头砂石经营业主李某、汤某下达《责令停止水事违法行为通知书》。'], null],
    // (people the party sold to, and the proceeds of the sale, are no rule broken by them)
    [['发现该公司分别向未取得零售许可证的个人刘某、薛某分别销售5箱、8箱烟花爆竹,违法所得合计3568元。'], null],
    // (a statute's words about whoever breaks it name no one)
    [['所需费用由违法行为人承担,可以处5万元以下罚款。'], null],
    // …or its 被申请人 (in a review the 被申请人 is the agency, no party); a court's document titled by its two sides; the
    // plaintiff after the court's number; a heading 原告诉称 names no one
    [['海南省海口市中级人民法院 行 政 裁 定 书 (2015)海中法行复字第4号 复议申请人(原申请执行人)海口市国土资源局。 法定代表人盛林,局长。 被申请人柯行贵。 被申请人杨锡武。'], '柯行贵'],
    [['行 政 裁 定 书', '申请人某区人民政府就被申请人驻马店市某某养殖有限公司在禁养区内建设养殖厂的行为作出决定,被申请人未申请复议,申请人向本院申请强制执行。'], '驻马店市某某养殖有限公司'],
    [['裁判文书详情', '', '荥阳**源局与深圳市**有限公司行政非诉执行裁定书', '', '申请执行人荥阳市国土资源局于2015年6月2日向本院申请强制执行。', '被执行人在未取得合法用地手续的情况下,擅自占用土地。'], '深圳市**有限公司'],
    [['刘某灵与佛山市某区卫生和计划生育局卫生行政管理一审行政判决书'], '刘某灵'],
    [['广东省佛山市某区人民法院行 政 判 决 书(2015)佛南法行初字第376号原告:刘某灵,男,汉族。被告:佛山市某区卫生和计划生育局,住所地佛山市。'], '刘某灵'],
    [['行政判决书', '原告诉称', '', '三原告共同诉称:原告是患者的亲属。'], null],
    // a court's ruling on an application to enforce a penalty names the party 被执行人, with no colon
    [['行政裁定书', '(2015)某行非审字第34号', '申请执行人某市国土资源局', '法定代表人王某,局长', '被执行人吉林省万泉新材料有限公司', '法定代表人马某,总经理'], '吉林省万泉新材料有限公司'],
    [['行政裁定书', '申请执行人某县国土资源局', '被执行人蔡某龙,男,汉族,现住某县,农民。'], '蔡某龙'],
    // (…run into one paragraph by the page: 。被申请执行人:某人, / 。被执行人某公司。)
    [['委托代理人:陈某某,该局监察大队办事员。被申请执行人:茆某方,男,1975年12月17日出生,汉族,住长兴县。'], '茆某方'],
    [['托代理人张某,该局工作人员。被执行人泰兴市金山包装材料有限公司。法定代表人蔡某某。申请执行人泰兴市环境保护局。'], '泰兴市金山包装材料有限公司'],
    [['原告聚善堂(福建)医药集团有限公司,住所地漳州市龙文区蓝田镇水仙大街南侧。'], '聚善堂(福建)医药集团有限公司'],
    // a short name the text defines stands for the full one
    [['原告海南某某旅行社有限公司(以下简称某某公司)因与被告某省旅游发展委员会行政处罚一案提起诉讼。', '被告依据《旅行社条例》第五十四条规定,决定对某某公司作出责令改正,处5万元罚款。'], '海南某某旅行社有限公司'],
    // a company told in a short form that the text also prints under its registered name: the registered name
    [['上诉人(原审原告)邹城市百纱纺织有限公司,住所地:邹城市。', '2017年3月30日,被告现场检查中发现,原告邹城市百纱公司将浆纱生产线产生的废水未经处理外排。'], '邹城市百纱纺织有限公司'],
    [['近日,某局对上海森库木业公司作出按日连续处罚的决定。', '位于松江区九亭镇的上海森库木业有限公司,主要从事各类木皮加工生产。'], '上海森库木业有限公司'],
    // (…but not where two registered names would fit, nor another company's registered name beside it)
    [['近日,某局对森库公司作出处罚。', '上海森库木业有限公司与上海森库家具有限公司均为涉事企业。'], '森库公司'],
    // 企业名称, 被处罚单位（人）; a producer's 生产企业名称 is no party
    [['行政处罚决定书', '企业名称：某某化工有限公司', '统一社会信用代码：91xxxx'], '某某化工有限公司'],
    [['行政处罚决定书', '被处罚单位（人）：某某物流有限公司'], '某某物流有限公司'],
    [['抽样检验结果通知', '生产企业名称：某某食品厂'], null],
    // a name masked whole stands as printed, unless the title names the party less masked
    [['重庆市开州区市场监督管理局行政处罚决定书(王*)', '当事人:**', '住所:**'], '王*'],
    [['行政处罚决定书', '当事人:***', '住所:**'], '***'],
    // a person described at a line's start (name, sex, …); a masked name alone over the agency's account
    [['韩素红,女,头沟镇北沟门村五组村民,于2020年10月24日晚五点左右在南墙外自留地焚烧秸秆。'], '韩素红'],
    [['李××', '', '本行政机关2025年4月9日对你未经批准占用一般耕地建设晒篾场立案调查。'], '李××'],
    // a report: the place the officers inspected, the one the penalty was given to
    [['消防监督员在对辖区遵义竹舟酒店管理有限公司进行检查时,发现该酒店擅自停用消防设施。'], '遵义竹舟酒店管理有限公司'],
    [['12日,县应急管理局执法人员会同某镇政府工作人员对某烟花爆竹专营店开展岁末年初安全生产检查。'], '某烟花爆竹专营店'],
    [['5月6日,城东区卫生监督所对伊锦园餐厅做出了罚款五千元,限期整改的行政处罚决定。'], '伊锦园餐厅'],
    // a name masked to one letter (C诊所), or to 某 in an enterprise, a venue or a unit the account names
    [['福山区卫生健康局行政执法人员对C诊所进行现场监督检查时,发现诊桌上有一本门诊日志。'], 'C诊所'],
    [['2025年1月,蒲城县文化和旅游局执法人员对蒲城县某互联网上网服务营业场所检查时,发现该营业场所未办理许可证。'], '蒲城县某互联网上网服务营业场所'],
    [['执法检查组在对****企业执法检查时发现该企业上报的统计数据与财务帐不符。'], '****企业'],
    [['执法人员在某烟花爆竹批发企业执法检查,发现该公司向个人销售烟花爆竹。'], '某烟花爆竹批发企业'],
    [['近期,执法支队在执法检查时,发现某游泳场所涉嫌在经营期间配备低于规定数量的救助人员。'], '某游泳场所'],
    // the place whose records the officers inspected; the party the agency served its papers on, one after another
    [['2021年8月3日,惠阳区卫生执法人员对某化工有限公司的职业卫生档案进行现场检查。'], '某化工有限公司'],
    [['我局依法先后向陈某发出了《责令改正通知书》、《行政处罚事先告知书》及《行政处罚决定书》。'], '陈某'],
    // the first of several penalised (予以…处罚), or a masked person for what he did (对管某…的行为予以罚款)
    [['对5家经营单位予以警告;对北京某影院等3家存在瞒报票房收入的经营单位予以5万元以上的行政处罚。'], '北京某影院'],
    [['遂后,执勤交警对管某驾驶危化品运输车私自闯禁行的危险行为予以罚款200元的处罚。'], '管某'],
    // (a number of them is no name: 三家影院被罚)
    [['虚报瞒报票房三家影院被罚'], null],
    // the place an agency inspected, the party served by publication, a masked person penalised; an act is no name
    [['2025年6月17日,卫滨区应急管理局检查某企业时发现现场一名叉车工作业人员未取得相应资格。'], '某企业'],
    [['根据举报线索,执法人员近期对天津华策钢构彩板有限公司进行执法检查时,发现生产车间作业人员刘某正在焊接作业。'], '天津华策钢构彩板有限公司'],
    [['因对温州CH进出口有限公司采用其他方式无法送达,对其公告送达《税务处理决定书》。'], '温州CH进出口有限公司'],
    [['随后,执法人员对李某作出罚款3000元的行政处罚。'], '李某'],
    [['法院经审查认为,某局负责城市市容管理工作,对违规出店经营者有权采取行政管理措施,且作出的行政处罚决定事实清楚。'], null],
    [['近日,该中医院因虚构医药服务项目被处以罚款。'], null],
    // (…named after its role word: 对违法行为人某公司处以…)
    [['近日,某街道综合行政执法队对辖区一宗偷倒余泥渣土的违法行为立案处罚完毕,对违法行为人某建设工程有限公司处以罚款人民币10万元的行政处罚。'], '某建设工程有限公司'],
    // the firm a complaint or a tip names as breaking a rule
    [['根据上级交办案件线索,反映上饶市某国际旅行社有限公司涉嫌以不合理低价组织旅游活动。'], '上饶市某国际旅行社有限公司'],
    [['近日,临沂市兰山区一家餐馆因销售不合格芹菜被罚款6.6万元。'], null],
    // no sentence above names the party: the business the text names most, twice at least
    [['某市环保局召开新闻发布会，通报对涉排企业九江金源化纤公司及相关责任人的处理意见。', '中央电视台报道九江金源化纤公司向鄱阳湖直接排放酱色污水。'], '九江金源化纤公司'],
    [['执法人员对辖区的3家新天天手机商城进行了检查。', '随后执法人员来到新天天手机商城总部。'], '新天天手机商城'],
    // (…not a sentence's words before it, nor a kind of firm, nor one named once)
    [['生态环境执法人员对该公司进行检查。生态环境执法人员对该公司进行复查。'], null],
    [['生产公司未标注。生产公司未标注。'], null],
    [['中央电视台报道九江金源化纤公司向鄱阳湖直接排放酱色污水。'], null],
    // (…nor one of two firms a report of several cases names as often)
    [['通报称宿迁市玉谷粮食有限公司虚报产值，宿迁市玉谷粮食有限公司已整改。', '通报称宿迁晨阳医药科技有限公司瞒报数据，宿迁晨阳医药科技有限公司已整改。'], null],
  ] as const)('%j', (lines, want) => expect(party([...lines])).toBe(want))
  it('a case file’s own paper (an invoice, a supplier’s licence) gets no party from the firm it names most', () => {
    const lines = ['某市环保局召开新闻发布会，通报对涉排企业九江金源化纤公司及相关责任人的处理意见。', '中央电视台报道九江金源化纤公司向鄱阳湖直接排放酱色污水。']
    expect(partyNames(lines, '其他')).toEqual(['九江金源化纤公司'])
    expect(partyNames(lines, '证据材料')).toEqual([])
  })
})

describe('certificate numbers with a space after the province', () => {
  it('执法人员：彭某杰（执法证号：赣 3601-38951）、王平（执法证号：赣 3601-54755）', () => {
    const o = extractDocFacts(doc(['执法人员：彭某杰（执法证号：赣 3601-38951）、王平（执法证号：赣 3601-54755）'])).officers
    expect(o.map((x) => [x.name, x.certNo])).toEqual([['彭某杰', '赣 3601-38951'], ['王平', '赣 3601-54755']])
  })
})

describe('parties numbered in a decision on several (共同违法)', () => {
  it('当事人一： names the first party', () => {
    expect(partyNames(['行政处罚决定书', '当事人一：南京丰禾商贸有限公司', '统一社会信用代码：91320117MA1X8Q2L3K', '当事人二：南京丰禾食品有限公司'])).toEqual(['南京丰禾商贸有限公司'])
  })
})

describe('officers as other templates list them', () => {
  const off = (lines: string[]) => extractDocFacts(doc(lines)).officers.map((o) => [o.name, o.certNo ?? null])
  it('执法人员：A、B 执法证号：x、y — the numbers in order', () => {
    expect(off(['执法人员：顾晓轩、傅磊颖 执法证号：32021332178、32021320421'])).toEqual([['顾晓轩', '32021332178'], ['傅磊颖', '32021320421']])
  })
  it('a 记录人 with a certificate is an officer; the 被询问人 is not', () => {
    expect(off(['询问人：顾晓轩 执法证号：32021332178', '记录人：傅磊颖 执法证号：32021320421', '被询问人：沈佳 性别：女'])).toEqual([
      ['顾晓轩', '32021332178'],
      ['傅磊颖', '32021320421'],
    ])
  })
  it('an uncommon surname with its certificate further along the row (工作单位及职务 between)', () => {
    expect(off(['询问人：山杰林　工作单位及职务：城建监察大队执法队员　执法证号：豫38348343', '记录人：陈明伟　工作单位及职务：城建监察大队执法队员　执法证号：豫66668574'])).toEqual([
      ['山杰林', '豫38348343'],
      ['陈明伟', '豫66668574'],
    ])
  })
  it('a PDF table’s next row: an officer surnamed 于 with the certificate across the gap', () => {
    expect(off(['勘验人 屈建芳 执法证号 冀 JT437070', '于新宁                  执法证号        冀 JT571358'])).toEqual([
      ['屈建芳', '冀 JT437070'],
      ['于新宁', '冀 JT571358'],
    ])
  })
  it('记录人 surnamed 于 with the certificate further along the row, the number wrapped after its 豫', () => {
    expect(off(['询问人：屈子刚 工作单位及职务：城建监察大队执法队员 执法证号：豫', '89259949', '记录人：于思平 工作单位及职务：城建监察大队执法队员 执法证号：豫', '61744247', '被询问人：范海强 性别：女'])).toEqual([
      ['屈子刚', '豫89259949'],
      ['于思平', '豫61744247'],
    ])
  })
  it('a word where a name could stand stays no officer though the row names a certificate', () => {
    expect(off(['执法人员：出示证件　工作单位：某局　执法证号：豫38348343'])).toEqual([])
  })
  it('a 记录人 without a certificate is not counted', () => {
    expect(off(['询问人：顾晓轩 执法证号：32021332178', '记录人：傅磊颖'])).toEqual([['顾晓轩', '32021332178']])
  })
  it('two names a space apart, their certificates on the next line in order', () => {
    expect(off(['检查人员：王明 刘强', '执法证号：JS320100-12345 JS320100-12346'])).toEqual([['王明', 'JS320100-12345'], ['刘强', 'JS320100-12346']])
  })
  it('执法人员及执法证号：name and bare number, pairs set apart by semicolons (a phone number is no certificate)', () => {
    expect(off(['执法人员及执法证号：王明 32010012345；刘强 32010012346'])).toEqual([['王明', '32010012345'], ['刘强', '32010012346']])
    expect(off(['执法人员：王明 13812345678'])).toEqual([['王明', null]])
  })
  it('the officers’ signature box names them', () => {
    expect(off(['执法人员签名：王明　刘强　　　2024年3月5日'])).toEqual([['王明', null], ['刘强', null]])
  })
})

describe('officers named in a published decision’s prose', () => {
  const names = (lines: string[]) => extractDocFacts(doc(lines)).officers.map((o) => [o.name, o.certNo ?? null])
  it('the officers leading and assisting, each with a certificate', () => {
    expect(names(['由信阳市文化广电和旅游局执法人员史建民(16170021008)主办,张显凤(16170021013)协办。'])).toEqual([['史建民', '16170021008'], ['张显凤', '16170021013']])
  })
  it('the officers whose certificates the evidence list holds', () => {
    expect(names(['9.执法人员的执法证复印件2份,证明陈昂、孙本堂的身份和资格;'])).toEqual([['陈昂', null], ['孙本堂', null]])
  })
  it('the second officer before the act (…陈某某、王某某调查), and no name in 执法人员现场检查 / 调查核实', () => {
    expect(names(['经我局执法人员陈某某、王某某调查，当事人未取得许可。'])).toEqual([['陈某某', null], ['王某某', null]])
    expect(names(['执法人员现场检查发现当事人正在施工。', '执法人员调查核实了当事人的经营情况。'])).toEqual([])
    expect(names(['我局委派执法人员王勇、赵敏到现场核查。'])).toEqual([['王勇', null], ['赵敏', null]])
    // 证号 in the bracket; a semicolon between certified items; the names before 两名执法人员
    expect(names(['我局执法人员张明（证号：32010012345）、李华（证号：32010012346）对当事人进行检查。'])).toEqual([['张明', '32010012345'], ['李华', '32010012346']])
    expect(names(['执法人员：张明 执法证号：32010012345；李华 执法证号：32010012346'])).toEqual([['张明', '32010012345'], ['李华', '32010012346']])
    expect(names(['由张明、李华两名执法人员对当事人进行检查。'])).toEqual([['张明', null], ['李华', null]])
    // (names masked with Latin X; a name of the minorities' form listed with one that looks like a name)
    expect(names(['桃江县修山镇综合执法大队执法人员郭X、肖x于2025年5月6日14时30分到现场进行了初步调查。'])).toEqual([['郭X', null], ['肖x', null]])
    expect(names(['2023年07月24日11时10分，我局执法人员娜斯、殷维维到西盟佤族自治县新厂镇卫生院开展监督检查。'])).toEqual([['娜斯', null], ['殷维维', null]])
    expect(names(['执法人员当即、依法对当事人进行询问。'])).toEqual([])
    // (the officers the filing assigned to the case)
    expect(names(['于2023年5月25日经本局领导批准立案，指定陈琦萍、王林虎负责调查取证工作。'])).toEqual([['陈琦萍', null], ['王林虎', null]])
    expect(names(['经批准立案，指定办案人员负责调查。'])).toEqual([])
    expect(names(['经负责人批准对当事人予以立案,并指定由刘军飞、唐齐成办理本案。'])).toEqual([['刘军飞', null], ['唐齐成', null]])
    expect(names(['我局于2023年6月27日予以立案调查,指定关*宁、曹*芳为办案人员进行调查。'])).toEqual([['关*宁', null], ['曹*芳', null]])
    // (the last name of a list run straight onto a date: 冯建平2020年7月14日; 周顺涛于2022年…)
    expect(names(['常德市生态环境局桃源分局执法人员鲁卫国、杨飞、冯建平2020年7月14日对你(单位)进行了现场检查。'])).toEqual([['鲁卫国', null], ['杨飞', null], ['冯建平', null]])
    expect(names(['我局执法人员王和文、周顺涛于2022年2月23日对某鞭炮店进行执法检查。'])).toEqual([['王和文', null], ['周顺涛', null]])
    expect(names(['执法人员张明、李华（执法证号分别为：32010012345、32010012346）对当事人进行检查。'])).toEqual([['张明', '32010012345'], ['李华', '32010012346']])
  })

  it('masked names after 执法人员', () => {
    expect(names(['调查经过:2023年11月21日,执法人员张*、王**对当事人进行了核查,制作了现场笔录。'])).toEqual([['张*', null], ['王**', null]])
  })
})

describe('officers in other layouts', () => {
  const off = (lines: string[]) => extractDocFacts(doc(lines)).officers.map((o) => [o.name, o.certNo ?? null])
  it('询问人 / 记录人 lines that carry 工作单位及职务 before the certificate', () => {
    expect(off(['询问人:朱思凯工作单位及职务:建设工程监察大队执法队员执法证号:豫40660393', '记录人:林勇工作单位及职务:建设工程监察大队执法队员执法证号:豫39010173'])).toEqual([
      ['朱思凯', '豫40660393'],
      ['林勇', '豫39010173'],
    ])
  })
})

describe('party labels of other forms', () => {
  it.each([
    ['违法行为人：李某某', '李某某'],
    ['违法嫌疑人：李某某', '李某某'],
    ['违法行为人姓名：李某某', '李某某'],
    ['被处罚对象：某某食品有限公司', '某某食品有限公司'],
    ['个体工商户名称：某某食品店', '某某食品店'],
  ] as const)('%s', (line, want) => expect(extractDocFacts(doc(['行政处罚决定书', line, '经查，当事人销售过期食品。'], '行政处罚决定书')).parties.map((p) => p.name)).toEqual([want]))
})

describe('a party named before a bracket', () => {
  const names = (lines: string[]) => extractDocFacts(doc(['行政处罚决定书', ...lines, '经查，当事人违法。'], '行政处罚决定书')).parties.map((p) => [p.name, p.creditCode ?? null])
  it('its short name defined after it (某公司（以下简称“当事人”）), its code on the next line', () =>
    expect(names(['某某食品有限公司（以下简称“当事人”）', '统一社会信用代码：91330106MA2KDL8X4D'])).toEqual([['某某食品有限公司', '91330106MA2KDL8X4D']]))
  it('its code in brackets after the name (当事人某公司（统一社会信用代码：…）于…)', () =>
    expect(names(['当事人某某食品有限公司（统一社会信用代码：91330106MA2KDL8X4D）于2024年3月1日销售过期食品。'])).toEqual([['某某食品有限公司', '91330106MA2KDL8X4D']]))
})

describe('officers named in a sentence', () => {
  const off = (line: string) => extractDocFacts(doc([line], '行政处罚决定书')).officers.map((o) => o.name)
  it.each([
    // the name ends before 等 counting the officers (李强等2人, 等人, 等三人)
    ['我局派出执法人员张明、李强等2人前往现场核查。', ['张明', '李强']],
    ['执法人员张明、李强等人对当事人进行了检查。', ['张明', '李强']],
    ['执法人员张明、李强等三人对当事人进行了检查。', ['张明', '李强']],
    // …and before 持 / 在 / 亮证 going on with what the officers did; 卫生监督员 and 执法人员为 are labels
    ['执法人员张明、李强持执法证件对当事人进行检查。', ['张明', '李强']],
    ['执法人员张明、李强在向当事人表明身份后，进行了检查。', ['张明', '李强']],
    ['我局执法人员张明、李强亮证后，对当事人进行检查。', ['张明', '李强']],
    ['我委卫生监督员张明、李强对当事人进行了监督检查。', ['张明', '李强']],
    ['本案执法人员为张明（执法证号：44010012）、李强（执法证号：44010013）。', ['张明', '李强']],
    // (a given name may end in 亮: only 亮证 / 亮明 after it ends a name)
    ['执法人员艾守东、胥远亮、伍琳对当事人进行检查。', ['艾守东', '胥远亮', '伍琳']],
    ['执法人员胥远亮亮明身份后检查。', ['胥远亮']],
    // …and before 两人 counting them; 承办人员, 办案人, 执法人员（执法证号）, 执法人员分别为 are labels
    ['执法人员张明、李强两人出示执法证件后进行检查。', ['张明', '李强']],
    ['承办人员：张明、李强', ['张明', '李强']],
    ['办案人：张明、李强', ['张明', '李强']],
    ['执法人员（执法证号）：张明（123456）、李强（123457）', ['张明', '李强']],
    // the name ends at the verb of going (前往, 赴)
    ['本局派执法人员王五、赵六前往现场检查。', ['王五', '赵六']],
    ['执法人员李前进、赵六对当事人进行检查。', ['李前进', '赵六']],
    // 执法队员 is the officers' word too
    ['我大队执法队员王五、赵六在巡查中发现当事人销售过期食品。', ['王五', '赵六']],
  ] as const)('%s', (line, want) => expect(off(line)).toEqual(want))
})

describe('officers in a table', () => {
  it('勘验人 with the next row holding the second officer', () => {
    const o = extractDocFacts(doc(['勘验场所新乡市高速公路出口，天气情况晴，勘验时间2024年11月11日12时30分', '勘验人张晓执法证号豫JT633033', '祁雨琴执法证号豫JT975437', '当事人 新乡某建材有限公司'])).officers
    expect(o.map((x) => [x.name, x.certNo])).toEqual([['张晓', '豫JT633033'], ['祁雨琴', '豫JT975437']])
  })
  it('the addressee of a 行政处理决定 (被行政处理人：) is the party', () => {
    expect(extractDocFacts(doc(['某人社监理字〔2026〕第001号', '被行政处理人:某建筑工程有限公司', '案由:某建筑工程有限公司拖欠工资案'], '其他')).parties.map((p) => p.name)).toEqual(['某建筑工程有限公司'])
  })
  it('a report names the party past a place it only describes, and past 依法 in the decision\'s sentence', () => {
    const names = (lines: string[]) => partyNames(lines, '其他')
    expect(names(['近日，消防监督员在对辖区某某酒店管理有限公司进行检查时，发现辖区内一酒店擅自停用消防设施。'])).toEqual(['某某酒店管理有限公司'])
    expect(names(['本报讯 日前，某市劳动人事争议仲裁庭决定对某某房地产开发有限公司依法处以6万元的行政罚款。'])).toEqual(['某某房地产开发有限公司'])
  })
  it('of several addressees (张某、李某：) the first is the party', () => {
    expect(extractDocFacts(doc(['行政处罚决定书', '某自然资罚决字〔2026〕1号', '段某勇、蒋某娥：', '经县人民政府指定，由我局对你二人非法占用土地建房一案进行查处。'], '行政处罚决定书')).parties.map((p) => p.name)).toEqual(['段某勇'])
    expect(extractDocFacts(doc(['责令改正通知书', '某甲有限公司、某乙有限公司：', '经查，你们未按规定设置警示标志。'], '责令改正通知书')).parties.map((p) => p.name)).toEqual(['某甲有限公司'])
  })
  it('an addressee whose code a page ran onto the same line (某建材厂: 统一社会信用代码:…) is the party', () => {
    expect(extractDocFacts(doc(['责令改正违法行为决定书', '****建材厂: 统一社会信用代码:****0413MA1THT605R 经营场所:某区某镇 经营者:沈*忠 一、环境违法事实和依据'], '责令改正通知书')).parties.map((p) => p.name)).toEqual(['****建材厂'])
  })
  it('a label line that filled the page is joined to the next; the facts\' first words are no part of the name', () => {
    expect(extractDocFacts(doc(['行政处罚决定书', '当事人：某某县某某镇某某村民委员会', '经查，当事人擅自占用林地。'], '行政处罚决定书')).parties.map((p) => p.name)).toEqual(['某某县某某镇某某村民委员会'])
  })
  it('原文如下： is no addressee; a masked name (正X贸易) with its taxpayer number in brackets is one', () => {
    expect(extractDocFacts(doc(['6月23日，某市生态环境局发布一则行政处罚决定书。', '原文如下:', '某市生态环境局行政处罚决定书', '某环罚〔2025〕0202号', '某某水泥有限公司:', '法定代表人:姚某'], '其他')).parties.map((p) => p.name)).toEqual(['某某水泥有限公司'])
    expect(extractDocFacts(doc(['税务处理决定书', '某税一稽处〔2026〕X号', '南平市延平区正X贸易有限公司(纳税人识别号:91350721XXXXXXXXXX):', '我局于2025年10月22日至2025年11月28日对你公司涉税情况进行了检查。'], '其他')).parties.map((p) => p.name)).toEqual(['南平市延平区正X贸易有限公司'])
  })
  it('in an appeal the side that was the plaintiff at first instance is the party, appellant or appellee', () => {
    expect(extractDocFacts(doc(['上诉人(原审被告)某市交通委员会,住所地某市某路1号。', '被上诉人(原审原告)蔡某,男,汉族,住所地某省某市。', '上诉人某市交通委员会因行政处罚一案，不服某区人民法院行政判决，向本院提起上诉。'], '其他')).parties.map((p) => p.name)).toEqual(['蔡某'])
    expect(extractDocFacts(doc(['上诉人(原审原告)某生物有机肥有限公司,住所地某市某路1号。', '被上诉人(原审被告)某市某区生态环境局,住所地某市某路2号。'], '其他')).parties.map((p) => p.name)).toEqual(['某生物有机肥有限公司'])
  })
  it('the business a sampling notice names under its number, the firm a team inspected, the firm a case title names', () => {
    const names = (lines: string[]) => partyNames(lines, '其他')
    expect(names(['某分局关于抽样单不合格食品核查处置情况的公告', '一、某某生活超市', '1.某某生活超市采购的花椒手打锅巴'])).toEqual(['某某生活超市'])
    expect(names(['2024年7月4日,某市应急管理局联合执法检查组在对某某新型材料有限公司进行安全执法检查时,发现该公司未设置安全警示标志。'])).toEqual(['某某新型材料有限公司'])
    expect(names(['【标题】', '某某新型材料有限公司行政处罚案', '【关键词】', '有限空间;安全警示标志;行政处罚。生产经营单位应当在有较大危险因素的生产经营场所设置明显的安全警示标志。'])).toEqual(['某某新型材料有限公司'])
    // (…but not the agency that had the sample tested: 某局依法委托检测机构对某服务部销售的…进行抽查)
    expect(names(['2023年3月6日,某县市场监管局依法委托检测机构对某某农资服务部销售的测土配方肥进行产品质量监督抽查。'])).not.toContain('某县市场监管局依法委托检测机构对某某农资服务部')
  })
  it('a field\'s label is no name (决定对当事人处以罚款…)', () => {
    expect(extractDocFacts(doc(['案情回顾:2019年5月8日,我局执法人员在巡查时发现当事人在某路某龙虾店门前店外占道经营,立即对其进行执法检查。', '处理结果:本案当事人超出门窗进行店外占道经营,占道面积为4平方米。我局拟对当事人处以罚款人民币一百元的行政处罚。根据《江苏省城市市容和环境卫生管理条例》第五十条第(四)项之规定,决定对当事人处以罚款人民币一百元整的行政处罚。'], '其他')).parties.map((p) => p.name)).not.toContain('当事人')
  })
  it('a web page\'s menu (产品中心 above the site\'s 地址) names no party', () => {
    expect(extractDocFacts(doc(['我的网站', '产品中心', '联系我们', '地址:海南省海口市', '电话:0898-08167354', '中央第三环境保护督察组交办案件办理情况'], '其他')).parties.map((p) => p.name)).not.toContain('产品中心')
  })
  it('what a party admits is no name (该公司当事人承认其未按规定…)', () => {
    expect(extractDocFacts(doc(['近日,某市城市管理和综合执法局依法对某公司作出罚款人民币1万元的行政处罚。', '经调查询问,该公司当事人承认其未按规定采取防尘措施的违法事实。'], '其他')).parties.map((p) => p.name)).not.toContain('承认其')
  })
  it('a person\'s identity block with no 当事人 label (姓名:方某 / 居民身份证:…) names the party', () => {
    expect(extractDocFacts(doc(['某镇人民政府行政处罚决定书', '某执罚字〔2024〕1-004号', '姓名:方某阳', '居民身份证:4420001968*******6', '住址:某社区', '本机关于2024年7月26日依法对你们未取得建设工程规划许可证进行建设立案调查。'], '行政处罚决定书')).parties.map((p) => p.name)).toEqual(['方某阳'])
    expect(extractDocFacts(doc(['某乡人民政府行政处罚决定书—某政罚决〔2025〕04号', '姓名:鲁某清 性别:男 身份证:532324********1510', '住址:某村委会某小组', '经依法查明:2025年3月28日，某中心发现存在未办理占用林地手续的情况。'], '行政处罚决定书')).parties.map((p) => p.name)).toEqual(['鲁某清'])
    // (…a decision that lists a 询问笔录 among its evidence is no record of questioning)
    expect(extractDocFacts(doc(['某镇人民政府行政处罚决定书', '某执罚字〔2024〕1-004号', '姓名:方某阳', '居民身份证:4420001968*******6', '住址:某社区', '本机关于2024年7月26日依法对你们未取得建设工程规划许可证进行建设立案调查。', '以上事实有现场检查笔录、协助调查通知书、询问笔录等证据证实。'], '行政处罚决定书')).parties.map((p) => p.name)).toEqual(['方某阳'])
  })
  it('in a record of questioning the identity block is the person questioned: not read as the party', () => {
    expect(extractDocFacts(doc(['询问笔录', '询问时间:2024年3月5日', '姓名:李某 性别:男 身份证:4420001968*******6', '问:你在公司担任什么职务？', '答:我是仓库管理员。'], '询问笔录')).parties.map((p) => p.name)).not.toContain('李某')
  })
  it('a name masked in part where it is labelled and printed whole elsewhere is read whole; masked only, it stays as printed', () => {
    expect(partyNames(['某执法大队关于内蒙古某某电力建设工程有限责任公司临占超期的行政处罚决定书', '当事人:内蒙古********有限责任公司 法定代表人:裴**哲', '本单位于2023年5月29日对内蒙古某某电力建设工程有限责任公司未经批准改变草原用途一案立案调查。'])).toEqual(['内蒙古某某电力建设工程有限责任公司'])
    expect(partyNames(['行政处罚决定书', '当事人:内蒙古********有限责任公司', '经查，当事人未经批准改变草原用途。'])).toEqual(['内蒙古********有限责任公司'])
  })
  it('a masked business alone on the first line, the facts\' label below it (信宜市某镇张*商店 / 违法事实:…), is the party', () => {
    expect(extractDocFacts(doc(['信宜市某镇张*商店', '违法事实:当事人店内的食品已超过保质期，仍摆放在货架上对外出售。'], '行政处罚决定书')).parties.map((p) => p.name)).toEqual(['信宜市某镇张*商店'])
  })
  it('the heading of what one side says (申请人称：) is no addressee', () => {
    const lines = ['江门市人民政府行政复议决定书', '申请人:李某。', '被申请人:某市交通运输局。', '申请人称:', '2021年5月28日，申请人驾驶车辆搭载乘客。']
    expect(extractDocFacts(doc(lines, '其他')).parties.map((p) => p.name)).toEqual(['李某'])
  })
  it('a place described, not named, and a sentence going on past an organisation, are no party', () => {
    // (近日，市卫健委卫生监督员对辖区一美容店开展日常监督检查… / 监督员对该美容店经营者及从业人员进行询问核实)
    const text = ['近日,市卫健委卫生监督员对辖区一美容店开展日常监督检查,发现该店未取得《公共场所卫生许可证》。', '监督员对该美容店经营者及从业人员进行询问核实,最终确认该店擅自营业。']
    expect(extractDocFacts(doc(text, '其他')).parties.map((p) => p.name)).toEqual([])
    // …while a name run into its label with the label's value still is one
    expect(extractDocFacts(doc(['林业行政处罚决定书', '被处罚单位名称 某市白石山石场', '法定代表人 程** 职务 经理', '经依法查明，你单位在未经审批的情况下越界采石。'], '行政处罚决定书')).parties.map((p) => p.name)).toEqual(['某市白石山石场'])
  })

  it('a 当事人 label run on after the title and number (…〔2024〕16 号 当事人:某店 主体资格证照名称:…) names the party', () => {
    const line = '安化县市场监督管理局 行政处罚决定书 安市监罚〔2024〕16 号 当事人:安化县城南某美容美发店 主体资格证照名称:营业执照 统一社会信用代码:92430923MA4RAGE9XG'
    expect(extractDocFacts(doc([line, '经查，当事人使用过期染发剂。'], '行政处罚决定书')).parties.map((p) => p.name)).toEqual(['安化县城南某美容美发店'])
  })
  it('the words that introduce a party (对辖区企业某公司…, 属某公司于…发布) are no part of its name', () => {
    const names = (lines: string[]) => partyNames(lines, '其他')
    expect(names(['近日，重庆市九龙坡区应急管理局对辖区企业重庆某铝业股份有限公司依法作出行政处罚决定，罚款人民币壹万元整。'])).toEqual(['重庆某铝业股份有限公司'])
    expect(names(['行政处罚内容 | 当事人某传媒有限公司的行为违反了《广告法》第九条之规定。属陕西某传媒有限公司于2017年10月在网站上发布了广告。'])[0]).not.toMatch(/^属/)
  })

  it('the firm a dated check found at fault (2024 年 10 月 23 日对某公司核查时发现) is the party; a place described is not', () => {
    expect(partyNames(['我局于 2024 年 10 月 23 日对你单位做了调查，根据上级通知要求，2024 年 10 月 23 日对确山县某新型墙体材料有限公司核查时发现：管控期间排放超标。'])).toEqual(['确山县某新型墙体材料有限公司'])
    expect(partyNames(['2024年10月23日对辖区一砖厂检查时发现管控期间排放超标。'])).toEqual([])
  })

  it('the next box\'s label run onto the name when a page\'s boxes share a line (某网吧 证照名称及编号:…, 张某某 证件名称及号码:…)', () => {
    const names = (line: string) => extractDocFacts(doc(['行政处罚决定书', line, '经查，当事人接纳未成年人进入营业场所。'], '行政处罚决定书')).parties.map((p) => p.name)
    expect(names('当事人:新密市某时空网吧 证照名称及编号:营业执照 91410183MA4**** 住所:新密市某路')).toEqual(['新密市某时空网吧'])
    expect(names('当事人:张某某 证件名称及号码:居民身份证 4101**********')).toEqual(['张某某'])
    expect(names('当事人:凌源市某某寺 证照:宗教活动场所登记证')).toEqual(['凌源市某某寺'])
  })

  it('the firm addressed at the end of the title\'s or the number\'s line (…决定书(州环责改〔2025〕7号) 某酒业有限公司:) is the party', () => {
    expect(partyNames(['湘西自治州生态环境局责令改正违法行为决定书(州环责改〔2025〕7号) 湖南某酒业有限公司:', '统一社会信用代码:91433100MA4QT7R31Y', '2025年2月25日，我局对你公司进行现场检查。'])).toEqual(['湖南某酒业有限公司'])
    expect(partyNames(['衡水市生态环境局 行政处罚决定书', '衡环罚决〔2024〕224号 衡水某物流有限公司:', '根据线索检查发现，本机关于2025年1月2日对你单位予以立案。'])).toEqual(['衡水某物流有限公司'])
    // (…not an agency the line names after the number)
    expect(partyNames(['行政处罚决定书', '衡环罚决〔2024〕224号 衡水市生态环境局:', '根据线索检查发现，本机关于2025年1月2日对你单位予以立案。'])).not.toContain('衡水市生态环境局')
  })

  it('a title run onto the addressee, a small-form bracket or a hyphened serial before 当事人, and an operator\'s box after the name', () => {
    expect(partyNames(['福州市生态环境局 行政处罚决定书某科技集团有限公司:', '统一社会信用代码:91350102MA34DWKL37', '我局于2023年12月19日对你单位进行现场检查。'])).toEqual(['某科技集团有限公司'])
    expect(partyNames(['南通市生态环境局 行政处罚决定书', '通01环罚﹝2025﹞2号 当事人:南通某铝业有限公司', '经查，当事人未批先建。'])).toEqual(['南通某铝业有限公司'])
    expect(partyNames(['昌吉回族自治州生态环境局 行政处罚决定书', '昌州环罚字〔2023〕1-041号 新疆某炭黑有限公司:', '我局于2023年10月18日对你单位进行了调查。'])).toEqual(['新疆某炭黑有限公司'])
    expect(partyNames(['行政处罚决定书', '当事人:英德市某镇福兴猪场 经营者林某细', '经查，当事人未配套建设污染防治设施。'])).toEqual(['英德市某镇福兴猪场'])
  })

  it('the firm addressed after the number on a line that goes on with its boxes (…16号 某化工有限公司: 统一社会信用代码:…) is the party', () => {
    expect(partyNames(['石家庄市生态环境局 行政处罚决定书 石环罚〔2024〕16号 河北某化工有限公司: 统一社会信用代码:91130100784056503C 法定代表人:李某朝', '2024年6月15日，按照上级交办对你公司进行核查。'])).toEqual(['河北某化工有限公司'])
  })

})

describe('officers as more forms list them', () => {
  const LONG = '执法人员向当事人出示执法证件，告知检查事由及当事人享有的陈述、申辩和申请回避的权利，当事人表示不申请回避。'
  const officers = (lines: string[], type: DocType = '现场检查笔录') => extractDocFacts(doc([...lines, LONG], type)).officers.map((o) => `${o.name}|${o.certNo ?? ''}`)
  it('a scan reading the letter O for a 0 among a certificate\'s digits, and a certificate of 15 digits', () => {
    expect(officers(['勘验人：赵立国　执法证号：1306OO19045', '　　　　马晓燕　执法证号：13O60021112', '当事人：刘振山'])).toEqual(['赵立国|1306OO19045', '马晓燕|13O60021112'])
    expect(officers(['卫生监督员：韩晓东（监督员证号150207202100013）、乌兰（监督员证号150207202100021）', '记录人：乌兰'])).toEqual(['韩晓东|150207202100013', '乌兰|150207202100021'])
  })
  it('a three-character name a single space before the next box (询问人：彭宇航 单位：… 执法证号：…), as typed or as a scan reads it', () => {
    expect(officers(['询问人：何静 单位：九龙坡区城市管理局 执法证号：5001072100382', '询问人：彭宇航 单位：九龙坡区城市管理局 执法证号：5001072100417'], '询问笔录')).toEqual(['何静|5001072100382', '彭宇航|5001072100417'])
    // (…its number's wrapped end, 417 on the next line, is another matter: the name is read)
    expect(officers(['询问人：何静 单位：九龙坡区城市管理局执法证号：5001072100382', '询问人：彭宇航 单位：九龙坡区城市管理局执法证号：5001072100', '417', '记录人：彭宇航'], '询问笔录').map((o) => o.split('|')[0])).toEqual(['何静', '彭宇航'])
  })
  it('a two-character name spaced out to align before its certificate (孙  蕾        执法证号：…)', () => {
    expect(officers(['询问人：于海洋        执法证号：鲁F0602118', '询问人：孙  蕾        执法证号：鲁F0602135', '记录人：孙  蕾'], '询问笔录')).toEqual(['于海洋|鲁F0602118', '孙蕾|鲁F0602135'])
  })
  it('a 勘查人 is an officer; a form ruled with box-drawing bars gives its party without the bar (templates u-11, u-03)', () => {
    expect(officers(['勘查时间：2025年9月16日9时20分至10时30分', '勘查人：于海波（执法证件号：23018400321）　赵丽娜（执法证件号：23018400337）', '记录人：赵丽娜'], '现场检查笔录')).toEqual(['于海波|23018400321', '赵丽娜|23018400337'])
    const party = extractDocFacts(doc(['现场检查笔录', '检查时间　　　　│2024年8月6日9时40分至11时25分', '被检查单位　　　│郎溪县恒锐机械配件有限公司', '统一社会信用代码│91341821MA2TQ8L47W', '法定代表人　　　│邵国栋'], '现场检查笔录')).parties.map((x) => x.name)
    expect(party).toEqual(['郎溪县恒锐机械配件有限公司'])
  })
  it('labels spaced out to the box’s width with a gap for the colon, and the second officer set under the first (template t-11)', () => {
    expect(officers(['询问时间        2025年3月11日  9时00分至10时10分', '询 问 人        施永健  执法证号 32090220031', '记 录 人        徐  婷  执法证号 32090221044', '被询问人        顾建华  男  43岁'], '询问笔录')).toEqual(['施永健|32090220031', '徐婷|32090221044'])
    expect(officers(['检查人员        施永健  执法证号 32090220031', '                徐  婷  执法证号 32090221044', '记 录 人        徐婷'], '现场检查笔录')).toEqual(['施永健|32090220031', '徐婷|32090221044'])
  })
  it('a table flattened to lines: 勘验（检查）人 alone, the officers on the next line, or each on a line of their own', () => {
    expect(officers(['勘验（检查）人', '覃志勇（执法证号：42050619013）、向丽萍（执法证号：42050621027）', '记录人'])).toEqual(['覃志勇|42050619013', '向丽萍|42050621027'])
    expect(officers(['检查人', '罗正斌（执法证编号：52030020230046）', '田茂林（执法证编号：52030020230051）', '记录人', '田茂林'])).toEqual(['罗正斌|52030020230046', '田茂林|52030020230051'])
  })
})

describe('the agency head signing under an opinion box is no legal representative', () => {
  it('执法机构意见 同意立案。 / 负责人：许文军 2025.1.20', () => {
    const rep = (lines: string[]) => extractDocFacts(doc(lines, '立案审批表')).parties.map((p) => p.legalRepresentative)
    expect(rep(['立案审批表', '当事人 某网络科技有限公司', '统一社会信用代码 91230202MA1CB7R51T', '执法机构意见 同意立案。', '负责人：许文军　　2025.1.20'])).toEqual([undefined])
    // (…with the post they hold in brackets before the date: 负责人：陈家豪（卫生监督所所长）　2024年4月10日 — br-07)
    const received = (lines: string[]) => extractDocFacts(doc(lines, '案件来源登记表')).parties.map((p) => p.legalRepresentative)
    expect(received(['案件受理记录', '当事人：南宁市青秀区颜初美容店', '地址：南宁市青秀区金湖路58号', '受理人：梁志勇        2024年4月10日', '处理意见：安排监督员于次日开展现场检查。', '负责人：陈家豪（卫生监督所所长）   2024年4月10日'])).toEqual([undefined])
    // (a 负责人 box of the party's block, with no opinion above it, is its representative)
    expect(rep(['立案审批表', '当事人：某超市', '负责人：王立新', '案由：未明码标价'])).toEqual(['王立新'])
  })
  it('a sentence telling where the representative lives names no one (法定代表人常驻大连 — ch-03)', () => {
    const rep = (lines: string[]) => extractDocFacts(doc(lines, '延期审批表')).parties.map((p) => p.legalRepresentative)
    expect(rep(['案件延期审批表', '案件名称：沈阳顺达仓储物流有限公司违法延长劳动者工作时间案', '延期理由：当事人法定代表人常驻大连，材料提交迟缓，案情复杂。'])).not.toContain('常驻大连')
  })
  it('the head of the agency applying to a court for enforcement, under its box, is none of the party (bs-06)', () => {
    const rep = (lines: string[]) => extractDocFacts(doc(lines, '其他')).parties.map((p) => p.legalRepresentative)
    expect(rep(['强制执行申请书', '申请人：大庆市让胡路区应急管理局　　地址：大庆市让胡路区中央大街206号', '负责人：王丽新　　职务：局长', '被申请人：大庆恒瑞化工有限公司　　地址：大庆市让胡路区银浪街道化工园区纬三路17号', '统一社会信用代码：91230604MA1CK6R82E　　法定代表人：邹春雷'])).toEqual(['邹春雷'])
  })
})

describe('the agency head signing its own report with the date is no legal representative', () => {
  it('承办人：… / 负责人：刘志远　2024年11月5日 on a 结案报告; beside the officers on one line', () => {
    const rep = (lines: string[]) => extractDocFacts(doc(lines, '结案报告')).parties.map((p) => p.legalRepresentative)
    expect(rep(['结案报告', '当事人：海伦市丰穗粮贸有限公司', '法定代表人：赵春林', '建议结案。', '承办人：孟繁军　于洪涛　　2024年11月5日', '负责人：刘志远　　2024年11月5日'])).toEqual(['赵春林'])
    expect(rep(['结案报告', '上高县某书店未经许可发行出版物案，建议结案。', '承办人：黄志明　彭雅琴　　2024年12月20日　　负责人：邹建国　　2024年12月20日'])).not.toContain('邹建国')
  })
})

describe('a table row\'s cells set apart by a wide gap', () => {
  it('the representative\'s cell does not run into the next cell\'s label (法定代表人  孙海峰  联系电话  0452-2479306)', () => {
    const rep = (line: string) => extractDocFacts(doc(['立案审批表', '当事人  某网络科技有限公司', line, '案由  接纳未成年人进入互联网上网服务营业场所案'], '立案审批表')).parties.map((p) => p.legalRepresentative)
    expect(rep('法定代表人  孙海峰  联系电话  0452-2479306')).toEqual(['孙海峰'])
  })
})


describe('officers written the ways forms of the regions write them', () => {
  const officers = (lines: string[]) => extractDocFacts(doc(lines, '现场检查笔录')).officers.map((o) => [o.name, o.certNo ?? null])
  it('a name of the minority nationalities with its middle dot (阿卜杜热合曼·吐尔逊)', () => {
    expect(officers(['询问笔录', '询问人', '阿卜杜热合曼·吐尔逊', '执法证号', '65010320041137'])).toEqual([['阿卜杜热合曼·吐尔逊', '65010320041137']])
  })
  it('the next officer\'s row with other boxes after it, the name signed at the foot too', () => {
    expect(officers(['检查人员：杨建华        执法证号：53010224000418        工作单位：某分局', '          普丽萍        执法证号：53010224000433        工作单位：某分局', '记 录 人：普丽萍', '检查人员签名：杨建华    普丽萍'])).toEqual([['杨建华', '53010224000418'], ['普丽萍', '53010224000433']])
  })
  it('a name of no common surname with an officer\'s number beside it (额尔敦（执法证号…）记录)', () => {
    expect(officers(['询问笔录', '执法人员刘海峰（执法证号15253020024）询问，额尔敦（执法证号15253020011）记录。'])).toEqual([['刘海峰', '15253020024'], ['额尔敦', '15253020011']])
  })
  it('an officer of another body with his post and certificate in brackets (…专卖管理员，烟草专卖检查证号：桂烟检字第4503270019号)', () => {
    expect(officers(['现场笔录', '协助检查人员：蒙志坚（桂岚县烟草专卖局专卖管理员，烟草专卖检查证号：桂烟检字第4503270019号）'])).toEqual([['蒙志坚', '桂烟检字第4503270019']])
  })
  it('a table of officers under its header row (姓名  执法证号), a two-character name spaced to the column', () => {
    // (as a text file gives the page: the short header row is no line wrapped at the page's width)
    const text = ['检查笔录', '检查时间：2024年4月18日9时30分至10时40分', '执法人员：', '  姓名      执法证号', '  孟凡宇    津文旅执120116-0458', '  石  磊    津文旅执120116-0462', '  执法人员出示证件，告知检查事由及当事人依法享有的陈述、申辩、申请回避权利。'].join('\n')
    const segs = segmentPages(readTxt(new TextEncoder().encode(text), 'a.txt'))
    expect(extractCase('a', segs).documents[0].officers.map((o) => [o.name, o.certNo])).toEqual([['孟凡宇', '津文旅执120116-0458'], ['石磊', '津文旅执120116-0462']])
  })
  it('a second officer on the next line under the first, his number labelled 证件号 after a wide gap', () => {
    expect(officers(['现 场 笔 录', '执法人员：艾尔肯·吐尔逊  证件号：65290120031', '          马建国          证件号：65290120047', '  执法人员出示证件，说明检查事由。'])).toEqual([['艾尔肯·吐尔逊', '65290120031'], ['马建国', '65290120047']])
  })
  it('a certificate’s digits grouped by spaces, as a card prints them (闽执法证 3502 0318 7721)', () => {
    expect(officers(['现场检查笔录', '执法人员：陈志鹏（闽执法证 3502 0318 7721）  黄雅琴（闽执法证 3502 0318 7734）'])).toEqual([['陈志鹏', '闽执法证 3502 0318 7721'], ['黄雅琴', '闽执法证 3502 0318 7734']])
    expect(officers(['询问笔录', '询问人：陈志鹏（3502 0318 7721）  黄雅琴（3502 0318 7734）'])).toEqual([['陈志鹏', '3502 0318 7721'], ['黄雅琴', '3502 0318 7734']])
  })
  it('a 卫生监督员 with a longer-prefixed certificate in brackets (监督员证号：川卫监证字第510106-0216号)', () => {
    expect(officers(['现场检查笔录', '检查人：卫生监督员何静（监督员证号：川卫监证字第510106-0216号）、杨帆（监督员证号：川卫监证字第510106-0231号）'])).toEqual([['何静', '川卫监证字第510106-0216'], ['杨帆', '川卫监证字第510106-0231']])
  })
  it('the certificates shown, in brackets after the names (出示执法证件：A、B)', () => {
    expect(officers(['询问笔录', '询问人：高文博、任晓静（出示执法证件：陕执610431202301127、610431202301135）'])).toEqual([['高文博', '陕执610431202301127'], ['任晓静', '610431202301135']])
  })
  it('an office head of the agency is no legal representative of the party (法规科负责人)', () => {
    const f = extractDocFacts(doc(['法制审核意见书', '当事人：新郑华宇置业有限公司', '法定代表人：杜志刚', '审核意见：同意。', '法规科负责人：张立军　　2025年3月20日'], '法制审核意见书'))
    expect(f.parties.map((x) => x.legalRepresentative)).not.toContain('张立军')
    // (…nor the 分管负责人 who signs a review form for the agency)
    const g = extractDocFacts(doc(['陈述申辩复核意见', '当事人：沅澧市家居装饰行业协会', '复核意见：当事人对违法事实无异议。', '科室负责人：欧阳红', '分管负责人：周建平         2025年5月26日'], '陈述申辩笔录'))
    expect(g.parties.map((x) => x.legalRepresentative)).toEqual([undefined])
    // (…nor the 局负责人 an officer telephoned for approval)
    const h = extractDocFacts(doc(['行政处罚案件有关事项审批表', '当事人  桦岭市岭东香食品有限公司', '事由及依据', '  情况紧急，办案人员于当日9时50分电话报告局负责人赵广田，经同意当场采取先行登记保存措施。'], '延期审批表'))
    expect(h.parties.map((x) => x.legalRepresentative)).not.toContain('赵广田')
  })
})

describe('the party as procurement notices and road-transport decisions name it', () => {
  const parties = (lines: string[]) => extractDocFacts(doc(lines, '其他')).parties.map((p) => p.name)
  it('a numbered label (1、当 事 人:…) is the party\'s box', () => {
    expect(parties(['四、相关当事人', '1、当 事 人:贵州兆丰源厨房设备有限公司', '2、地      址:贵州省贵阳市白云区云环路'])).toEqual(['贵州兆丰源厨房设备有限公司'])
  })
  it('the words telling whose vehicle it is (该车所属…) are no part of the name (a real tune copy, tra-7606)', () => {
    const text = readFileSync(join(__dirname, '../fixtures/real/docs/tra-7606.txt'), 'utf8')
    const f = extractDocFacts(doc(text.split('\n'), '其他'))
    expect(f.parties.map((p) => p.name)).toContain('安徽省六安市某运输服务公司')
  })
})

describe('officers under a flattened table\'s labels (询问人及证号 / 周丽萍　22070201015)', () => {
  it('the asker and the recorder, each with the number beside the name on the line below', () => {
    const officers = extractDocFacts(doc(['劳动保障监察询问笔录', '询问时间', '2024/9/26 9:00—9:50', '询问人及证号', '周丽萍　22070201015', '记录人及证号', '高天宇　22070201022', '被询问人', '刘海峰　男　41岁'], '询问笔录')).officers.map((o) => [o.name, o.certNo])
    expect(officers).toEqual([['周丽萍', '22070201015'], ['高天宇', '22070201022']])
  })
})

describe('a list in prose after the representative\'s label is no name', () => {
  it('询问当事人法定代表人和车主: no representative 和车主', () => {
    const rep = extractDocFacts(doc(['案件调查终结报告', '当事人：渭南市临渭区顺驰汽车维修服务有限公司', '调查经过：5月15日、16日分别询问当事人法定代表人和车主，调取微信收款记录。'], '案件调查终结报告')).parties.map((p) => p.legalRepresentative)
    expect(rep).toEqual([undefined])
  })
})

describe('a person\'s sex run onto the name where a table\'s gap was dropped', () => {
  it('a name that ends in 男 with the sex written after it in its own box stays whole', () => {
    // (the run-on form itself — 当事人\t王亚雄　男　58岁 in a tab-flattened table — is held by the template ac-08, read from its file)
    expect(extractDocFacts(doc(['询问笔录', '被询问人：李振男　性别：男　年龄：41岁'], '询问笔录')).parties.map((p) => p.name)).not.toContain('李振')
  })
})

describe('the party as other provinces label it (round af)', () => {
  it('被查封单位（场所）：, and a credit page\'s 相对人名称 row', () => {
    expect(partyNames(['临时查封决定书', '儋消封字〔2025〕第0003号', '', '被查封单位（场所）：儋州那大椰风家庭旅馆（经营者：符**）', '统一社会信用代码：92460400MA7BM44C4J'], '行政强制措施决定书')).toEqual(['儋州那大椰风家庭旅馆'])
    expect(partyNames(['行政处罚决定书文号　　石交罚〔2024〕（路政）第052号', '处罚类别　　　　　　　罚款', '相对人名称　　　　　　石嘴山市鑫隆汽车修理有限公司', '相对人类别　　　　　　法人及非法人组织'])).toEqual(['石嘴山市鑫隆汽车修理有限公司'])
  })
  it('a ruled table whose label is padded to its cell: │当事人    │某门市部（经营者：雷**）│', () => {
    expect(partyNames(['立案审批表', '┌────┬────┐', '│案件来源  │☑监督检查　☐投诉举报│', '│当事人    │渭南市临渭区丰禾农资门市部（经营者：雷**）          │', '│          │统一社会信用代码：92610502MACEYY3M9Q             │'], '立案审批表')).toEqual(['渭南市临渭区丰禾农资门市部'])
  })
  it('当事人及车辆均未取得… names no one: 及 joins the party to the vehicle', () => {
    expect(partyNames(['行政处罚决定书', '经查，当事人及车辆均未取得道路运输经营许可证和车辆营运证。']).filter(Boolean)).toEqual([])
  })
})

describe('the party as news items and other publishers name it (round ah)', () => {
  it('a business a news item names (名为“…”的个体工商户), the one whose conduct is ruled on (认定蔡某某的行为)', () => {
    expect(partyNames(['油烟净化器“只装不用”，餐饮店被罚6000元', '　　执法队员现场检查发现，这家名为“签签香烧烤”的个体工商户（经营者刘某）虽然安装了油烟净化设施，但营业期间长期未开启。'], '其他')).toEqual(['签签香烧烤'])
    expect(partyNames(['【以案说法】零售户把卷烟“批”给别人，违法吗？', '　　我局认定蔡某某的行为属于无烟草专卖批发企业许可证经营烟草制品批发业务。'], '其他')).toEqual(['蔡某某'])
  })
  it('an account that opens with the party, its code in brackets after it, not the legal representative inside them', () => {
    expect(partyNames(['行政处罚决定书', '合高市监罚〔2025〕112号', '　　合肥鲜丰汇生鲜超市有限公司（统一社会信用代码：91340104MA8PYH209H；法定代表人：许某某）使用未按照规定申请检定的强制检定计量器具一案，本局于2025年9月16日立案调查。'])).toEqual(['合肥鲜丰汇生鲜超市有限公司'])
  })
  it('a 经销处 addressed by a notice', () => {
    expect(partyNames(['行政处罚事先告知书', '梅农（种子）罚告〔2025〕6号', '', '梅河口市丰禾种业经销处：', '　　本局于2025年3月26日对你单位经营场所进行检查。'], '行政处罚事先告知书')).toEqual(['梅河口市丰禾种业经销处'])
  })
})

describe('officers in records written 询问人：/被询问人：', () => {
  const officers = (lines: string[]) => extractDocFacts(doc(lines, '询问笔录')).officers.map((o) => o.name)
  it('a turn of the record (询问人：门店海报和公众号推文是谁制作发布的？) is no officer', () => {
    expect(officers(['询问笔录', '询问人：张涛（执法证号61040222001）、王瑞（执法证号61040222017）', '询问人：门店海报和公众号推文是谁制作发布的？', '被询问人：海报是我们做的。', '询问人：请介绍一下你公司的情况。'])).toEqual(['张涛', '王瑞'])
  })
  it('a second officer before the next label run on (唐小兰　记录人：) or before a table\'s rule (│白雪松、孙海洋│)', () => {
    expect(officers(['询 问 笔 录', '询问人：冯建、唐小兰　记录人：唐小兰', '被询问人：刘德贵　男　56岁'])).toEqual(['冯建', '唐小兰'])
    expect(officers(['询问笔录', '│时间│2025年8月12日9时30分至10时40分│', '│询问人│白雪松、孙海洋│', '│记录人│孙海洋│'])).toEqual(['白雪松', '孙海洋'])
  })
})

describe('a person the record gives another part is no officer, though he sign with them', () => {
  const officers = (lines: string[]) => extractDocFacts(doc(lines, '现场检查笔录')).officers.map((o) => o.name)
  it('技术人员：…测绘院 张涛 signing among the surveyors (勘测人签名：罗志强  熊艳  张涛)', () => {
    const lines = ['现场勘测笔录', '勘 测 人：罗志强（51152025010）  熊艳（51152025023）  技术人员：宜宾市叙州区测绘院 张涛', '在场人：周平', '在场人签名：周平    勘测人签名：罗志强  熊艳  张涛']
    expect(officers(lines)).toEqual(['罗志强', '熊艳'])
    // (…but an officer with his certificate stays one, whatever else the record calls him)
    expect(officers(['现场检查笔录', '检查人员：罗志强（51152025010）  熊艳（51152025023）', '见证人：熊艳'])).toEqual(['罗志强', '熊艳'])
  })
})

describe('certificate numbers with a letter between their digits (36010025W0127)', () => {
  it('each officer read with his number, the second not lost', () => {
    const got = extractDocFacts(doc(['现 场 检 查 笔 录', '执法人员：邱立峰（执法证号：36010025W0127）  万思琪（执法证号：36010025W0133）  记录人：万思琪'], '现场检查笔录')).officers
    expect(got.map((o) => [o.name, o.certNo])).toEqual([['邱立峰', '36010025W0127'], ['万思琪', '36010025W0133']])
    const two = extractDocFacts(doc(['询问笔录', '询问人：梁国栋（44190025Z0312） 陈慧敏（44190025Z0347） 记录：陈慧敏'], '询问笔录')).officers
    expect(two.map((o) => [o.name, o.certNo])).toEqual([['梁国栋', '44190025Z0312'], ['陈慧敏', '44190025Z0347']])
  })
})

describe('officers whose numbers the publisher masked inside, or that open with letters and a hyphen', () => {
  it('the second officer on the next line under the first, each number masked inside (220106012021××17)', () => {
    const got = extractDocFacts(doc(['现场检查笔录', '检查人员：邵国庆  执法证号：220106012021××17', '　　　　　陈雨桐  执法证号：220106012022××42', '检查情况：'], '现场检查笔录')).officers
    expect(got.map((o) => [o.name, o.certNo])).toEqual([['邵国庆', '220106012021××17'], ['陈雨桐', '220106012022××42']])
  })
  it('a 记录人 with a number of letters and hyphens in brackets is an officer (记录人：于洋（LN-210100-0257）)', () => {
    const got = extractDocFacts(doc(['询问笔录', '询问人：韩立军（LN-210100-0231）    记录人：于洋（LN-210100-0257）'], '询问笔录')).officers
    expect(got.map((o) => [o.name, o.certNo])).toEqual([['韩立军', 'LN-210100-0231'], ['于洋', 'LN-210100-0257']])
  })
})

describe('a party the decision defines as 当事人 after its code in the brackets', () => {
  it('某网咖有限公司（统一社会信用代码：…，法定代表人：杨晓峰，以下简称当事人）', () => {
    const party = extractDocFacts(doc(['某区文化和旅游局', '行政处罚决定书', '五文旅罚〔2025〕11号', '　　2025年3月8日21时许，我局执法人员对位于某市某区龙翔街52号二楼的某逸途网咖有限公司（统一社会信用代码：91530102MA6PX3B47M，法定代表人：杨晓峰，以下简称当事人）开展检查时发现，当事人经营的营业场所内有2名未成年人正在上网。'], '行政处罚决定书')).parties
    expect(party.map((p) => p.name)).toEqual(['某逸途网咖有限公司'])
  })
})

describe('parties of tax papers and orders, and a list table\'s header', () => {
  it('纳税人名称： on a tax decision, 被通知单位： on an order', () => {
    expect(partyNames(['不予税务行政处罚决定书', '呼新税不罚〔2024〕15号', '', '纳税人名称：呼和浩特市塞上云帆商贸有限公司', '纳税人识别号（统一社会信用代码）：91150102MATYF5RT53'], '不予行政处罚决定书')).toEqual(['呼和浩特市塞上云帆商贸有限公司'])
    expect(partyNames(['责令停止违法行为通知书', '哈里城执停字〔2025〕第019号', '', '被通知单位：哈尔滨鼎盛物流有限公司', '统一社会信用代码：91230102MAHF67628G'], '责令改正通知书')).toEqual(['哈尔滨鼎盛物流有限公司'])
  })
  it('a ruled list\'s header row (│决定书文号 │当事人名称 │违法行为 │…) gives no party', () => {
    expect(partyNames(['某局行政处罚信息公示', '│序号│决定书文号      │当事人名称        │违法行为          │依据        │处罚结果  │决定日期  │'], '其他')).toEqual([])
  })
})

describe('a page header run into one line', () => {
  it.each([
    // the party's label after the number, the next label after the name, one space each (a web page's opening as one line)
    [['石家庄市生态环境局 行政处罚决定书 石环罚决〔2024〕经开404号 当事人名称:石家庄绿田科技有限公司 法定代表人(负责人):董玉刚', '经查，你公司于2024年3月1日未按规定……'], ['石家庄绿田科技有限公司']],
    // a court's index listing both sides under one label, the agency first
    [['结案日期:2014年1月23日 案由:旅游行政处罚 当事人:海南省旅游发展委员会 海南通达假日旅行社有限公司 案号:(2014)海中法行初字第7号'], ['海南通达假日旅行社有限公司']],
  ])('%j → %j', (lines, names) => expect(partyNames(lines, '其他')).toEqual(names))

  it('a row of cells opening without a bar, and a box set apart by a gap after a time, on a page run into one line', () => {
    const body = '经查，当事人于2024年8月25日至9月3日在某镇某村未经批准占用耕地72.45平方米新建彩钢瓦房，在此期间未办理建房审批手续，当事人的行为已构成擅自在耕地上建房。'
    expect(partyNames([`某镇人民政府行政处罚决定书-某政行处决字〔2024〕第36号 行政相对人名称 | 张某兰 | 行政处罚决定文书号 | 某政行处决字【2024】第36号 | 违法事实 | ${body} | 处罚类别 | 罚款 |`])).toEqual(['张某兰'])
    expect(partyNames([`煤矿安全监管行政执法文书行政处罚决定书豫(三)煤安罚〔2025〕7号 发布时间:2025-03-24 16:04 被处罚单位 某某能源股份有限公司某某煤矿 地址: 某省某市某路 违法事实: ${body}`])).toEqual(['某某能源股份有限公司某某煤矿'])
  })

  it('a single space inside a word is still closed (OCR: 当事 人名称), and a short label is no break (单位 名称)', () => {
    expect(partyNames(['行政处罚决定书', '当事 人名称：某某有限公司', '经查，……'])).toEqual(['某某有限公司'])
    expect(partyNames(['行政处罚决定书', '被处罚单位 名称：某某有限公司', '经查，……'])).toEqual(['某某有限公司'])
  })
})

describe("a paper's number or a title is never the party", () => {
  const names = (lines: string[]) => extractDocFacts(doc(lines, '行政处罚决定书')).parties.map((p) => p.name)
  it.each([
    // (a web page's 名称 box, read off a scan, holding the agency, the title and the number)
    [['索引号|CJS034/2023-000174|主题分类||', '名称|昌吉市市场监督管理局行政处罚决定书昌市市监处罚〔2023〕', '109号||', '来源|昌吉市市场监督管理局|'], '昌市市监处罚〔2023〕109号'],
    [['名称：广德市食品生产经营行政处罚信息', '发布日期：2023-05-10'], '广德市食品生产经营行政处罚信息'],
  ])('%j', (lines, bad) => expect(names(lines)).not.toContain(bad))
})

describe('a party as a scanned page reads it', () => {
  const partyOf = (lines: string[]) => extractDocFacts(doc(lines, '行政处罚决定书', lines.map(() => 0.95))).parties.map((p) => p.name)
  it('a unit\'s label and name run together, the two alone on their line, as the table\'s two cells read', () => {
    expect(partyOf(['林业行政处罚决定书渝北林罚决字〔2023〕第41号', '被处罚单位名称重庆市渝北区石船镇人民政府', '法定代表人胡佳职务镇长'])).toEqual(['重庆市渝北区石船镇人民政府'])
    // (…but a label that runs on into a sentence names no one)
    expect(partyOf(['当事人名称变更后仍未办理登记手续,执法人员责令其改正。'])).toEqual([])
  })
})

describe('officers as a scan reads them, the gaps between boxes lost', () => {
  const off = (lines: string[], type: DocType = '现场检查笔录') => extractDocFacts(doc(lines, type)).officers.map((o) => [o.name, o.certNo ?? null])
  it('a name run onto its certificate’s label, and the next officer on the next line the same way', () => {
    // (the page's width is its prose lines', wider than the boxes)
    expect(off(['现场笔录', '执法人员：艾尔肯·吐尔逊证件号：65290120031', '马建国证件号：65290120047', '执法人员着制式服装，出示交通运输行政执法证件，表明身份，说明检查事由。', '执法人员签名：艾尔肯·吐尔逊马建国'])).toEqual([['艾尔肯·吐尔逊', '65290120031'], ['马建国', '65290120047']])
  })
  it('two officers with their certificates in brackets, no gap between them; a certificate in three parts', () => {
    expect(off(['现场勘测笔录', '勘测人员：包海龙（蒙执字第150721-0093号）刘建军（蒙执字第150721-0107号）'])).toEqual([['包海龙', '蒙执字第150721-0093'], ['刘建军', '蒙执字第150721-0107']])
    // (…or the gap read as a character and a digit by a scan's reading: cx-06 as a scan)
    expect(off(['复查记录', '复查人员：吴海龙（46010823016）电5林晓东（46010823022）'])).toEqual([['吴海龙', '46010823016'], ['林晓东', '46010823022']])
    expect(off(['现场检查记录', '检查人员：杨振华证号：甘执62-1102-0356', '李卫东证号：甘执62-1102-0371', '我们是临崖县应急管理局执法人员，已出示证件，现依法对你店进行监督检查，请予配合。'])).toEqual([['杨振华', '甘执62-1102-0356'], ['李卫东', '甘执62-1102-0371']])
  })
  it('勘测人员 as a label only with its colon: 勘测人员签名 over the surveyors’ and the technician’s names adds no officer', () => {
    expect(off(['现场勘测笔录', '勘测人员', '本局执法人员高振宇（执法证号23018320210015）、马晓东（执法证号23018320210027），技术人员某测绘公司于海（测绘工程师）。', '勘测人员签名', '高振宇　马晓东　于海']).map(([n]) => n)).toEqual(['高振宇', '马晓东'])
  })
})

describe('a mark a scan read at the end of the party’s name', () => {
  it('a corner bracket or a quotation mark with none opening before it is no part of the name', () => {
    expect(partyNames(['现场检查笔录', '被检查单位：蒙泉县恒裕建材有限公司」', '检查时间：2024年5月6日9时至10时'], '现场检查笔录')).toEqual(['蒙泉县恒裕建材有限公司'])
    // (…a quoted name keeps its quotation marks' content whole)
    expect(partyNames(['当事人：“某某”商行', '经查，当事人销售过期食品。'])).not.toContain('某某')
  })
})

describe('the representative\'s name run into the account of the facts (bv-04)', () => {
  it('法定代表人：杜鹏经查，… reads 杜鹏', () => {
    const rep = extractDocFacts(doc(['行政处罚决定书', '当事人：洛阳嘉和物业服务有限公司 统一社会信用代码：91410300MA9FPQ2K1L 法定代表人：杜鹏经查，你单位于2024年9月10日将专项维修资金挪作他用。'], '行政处罚决定书')).parties.map((p) => p.legalRepresentative)
    expect(rep).toEqual(['杜鹏'])
  })
})

describe('an officer\'s bracketed certificate label broken over a scan\'s line, the next name run on to the first\'s bracket (bw-07)', () => {
  it.each([
    ['询问人：顾晓峰（消防监督检查证号：3205060217）陆文倩（消防监督', '检查证号：3205060233)'],
    ['检查人员：顾晓峰（消防监督检查证号：3205060217）、陆文倩（消防监', '督检查证号：3205060233）'],
  ])('%s / %s: both officers with their numbers', (a, b) => {
    const officers = extractDocFacts(doc(['询问笔录', a, b, '记录人：陆文倩'], '询问笔录')).officers.map((o) => [o.name, o.certNo])
    expect(officers).toEqual([['顾晓峰', '3205060217'], ['陆文倩', '3205060233']])
  })
})

describe('the identity number of another person a record names is not the party\'s (bw-03)', () => {
  it('被询问人：祁晓梅　身份证号：… in a passenger\'s record, the party named elsewhere in it', () => {
    const p = extractDocFacts(doc(['询问笔录', '被询问人：祁晓梅    性别：女    身份证号：632123199601011234', '与本案关系：乘客', '当事人：韩永福'], '询问笔录')).parties
    expect(p.map((x) => [x.name, x.idNumber])).toEqual([['韩永福', undefined]])
  })
  it('a masked number has no check digit to fail', () => {
    const p = extractDocFacts(doc(['行政处罚决定书', '当事人：韩永福，男，身份证号6301021985********，住西宁市城东区。'], '行政处罚决定书')).parties
    expect(p.map((x) => [x.idNumber, x.idNumberValid])).toEqual([['6301021985********', undefined]])
  })
})

describe('a table\'s rule a scan read as a Latin letter before the party\'s name (bx-02)', () => {
  it('当事人：I沈阳澜峰能源有限公司浑南加油站 names 沈阳澜峰能源有限公司浑南加油站', () => {
    const p = extractDocFacts(doc(['结案报告', '当事人：I沈阳澜峰能源有限公司浑南加油站', '处理结果：罚款1000元。'], '结案报告')).parties
    expect(p.map((x) => x.name)).toEqual(['沈阳澜峰能源有限公司浑南加油站'])
  })
})

describe('a project\'s or a trade\'s 负责人 is no representative of the party (bz-02)', () => {
  it.each(['项目负责人：陈立伟', '技术负责人：陈立伟', '安全负责人：陈立伟'])('施工单位：宁波建恒建设有限公司　%s', (box) => {
    const rep = extractDocFacts(doc(['卷宗封面', `施工单位：宁波建恒建设有限公司　当事人：宁波建恒建设有限公司　${box}`], '其他')).parties.map((p) => p.legalRepresentative)
    expect(rep).not.toContain('陈立伟')
  })
})

describe('published pages read by OCR off their print', () => {
  it('a page\'s 名称 box holding the title, its number in brackets after the agency\'s short name, is no party', () => {
    expect(partyNames(['咸宁市生态环境局行政处罚决定书咸环（隽）罚〔2024〕7号', '索引号：011356029/2024-15889文 号：无', '名 称：咸宁市生态环境局行政处罚决定书咸环(隽)罚〔2024〕7', '号发布日期：2024年06月27日', '当事人名称：通城某机动车检测有限公司', '法定代表人：胡某', '统一社会信用代码：914212223523784454'])).toEqual(['通城某机动车检测有限公司'])
  })
  it('the party\'s label ending a line the page\'s width broke names the firm opening the next', () => {
    expect(partyNames(['某县市场监督管理局行政处罚决定书某市监罚〔2024〕15号当事人：', '某县某原生宠物店主体资格证照名称：营业执照 统一社会信用代码：', '92430923MACDGQ1Q80经营场所：湖南省益阳市某县某镇288号经营者：刘某'])).toEqual(['某县某原生宠物店'])
    // (…not the next box's label)
    expect(partyNames(['行政处罚决定书', '当事人：', '姓名：张某', '住址：某市某路1号'])).not.toContain('姓名')
  })
})
