// The mapping of the functional classification (支出功能分类) to the UN COFOG (Classification of the
// Functions of Government, 1999): team knowledge, not an official correspondence (none was found).
import { deepFreeze } from '../../../internal/deepFreeze'

/**
 * Names of the COFOG divisions (`07`) and groups (`07.3`) used by {@link cofogMapping}, from the UN classification.
 *
 * @example
 * ```ts
 * cofogNames['07.3'] // 'Hospital services'
 * ```
 */
export const cofogNames: Readonly<Record<string, string>> = /*#__PURE__*/ deepFreeze({
  '01': 'General public services',
  '01.1': 'Executive and legislative organs, financial and fiscal affairs, external affairs',
  '01.2': 'Foreign economic aid',
  '01.3': 'General services',
  '01.4': 'Basic research',
  '01.5': 'R&D General public services',
  '01.6': 'General public services n.e.c.',
  '01.7': 'Public debt transactions',
  '01.8': 'Transfers of a general character between different levels of government',
  '02': 'Defence',
  '02.1': 'Military defence',
  '02.2': 'Civil defence',
  '02.3': 'Foreign military aid',
  '02.4': 'R&D Defence',
  '02.5': 'Defence n.e.c.',
  '03': 'Public order and safety',
  '03.1': 'Police services',
  '03.2': 'Fire-protection services',
  '03.3': 'Law courts',
  '03.4': 'Prisons',
  '03.5': 'R&D Public order and safety',
  '03.6': 'Public order and safety n.e.c.',
  '04': 'Economic affairs',
  '04.1': 'General economic, commercial and labour affairs',
  '04.2': 'Agriculture, forestry, fishing and hunting',
  '04.3': 'Fuel and energy',
  '04.4': 'Mining, manufacturing and construction',
  '04.5': 'Transport',
  '04.6': 'Communication',
  '04.7': 'Other industries',
  '04.8': 'R&D Economic affairs',
  '04.9': 'Economic affairs n.e.c.',
  '05': 'Environmental protection',
  '05.1': 'Waste management',
  '05.2': 'Waste water management',
  '05.3': 'Pollution abatement',
  '05.4': 'Protection of biodiversity and landscape',
  '05.5': 'R&D Environmental protection',
  '05.6': 'Environmental protection n.e.c.',
  '06': 'Housing and community amenities',
  '06.1': 'Housing development',
  '06.2': 'Community development',
  '06.3': 'Water supply',
  '06.4': 'Street lighting',
  '06.5': 'R&D Housing and community amenities',
  '06.6': 'Housing and community amenities n.e.c.',
  '07': 'Health',
  '07.1': 'Medical products, appliances and equipment',
  '07.2': 'Outpatient services',
  '07.3': 'Hospital services',
  '07.4': 'Public health services',
  '07.5': 'R&D Health',
  '07.6': 'Health n.e.c.',
  '08': 'Recreation, culture and religion',
  '08.1': 'Recreational and sporting services',
  '08.2': 'Cultural services',
  '08.3': 'Broadcasting and publishing services',
  '08.4': 'Religious and other community services',
  '08.5': 'R&D Recreation, culture and religion',
  '08.6': 'Recreation, culture and religion n.e.c.',
  '09': 'Education',
  '09.1': 'Pre-primary and primary education',
  '09.2': 'Secondary education',
  '09.3': 'Post-secondary non-tertiary education',
  '09.4': 'Tertiary education',
  '09.5': 'Education not definable by level',
  '09.6': 'Subsidiary services to education',
  '09.7': 'R&D Education',
  '09.8': 'Education n.e.c.',
  '10': 'Social protection',
  '10.1': 'Sickness and disability',
  '10.2': 'Old age',
  '10.3': 'Survivors',
  '10.4': 'Family and children',
  '10.5': 'Unemployment',
  '10.6': 'Housing',
  '10.7': 'Social exclusion n.e.c.',
  '10.8': 'R&D Social protection',
  '10.9': 'Social protection n.e.c.',
})

/**
 * One line of the COFOG mapping: a 类 (or a 款 where it differs from its 类) and its COFOG
 * division (`07`) or group (`07.3`), with the reasoning in Chinese and English.
 *
 * @example
 * ```ts
 * const line: CofogMappingLine = { code: '21002', cofog: '07.3', why: { zh: '公立医院：医院服务。', en: 'Public hospitals: hospital services.' } }
 * ```
 */
export interface CofogMappingLine {
  readonly code: string
  readonly cofog: string
  readonly why: { readonly zh: string; readonly en: string }
}

/**
 * The functional classification mapped to COFOG: every 类, and the 款 whose function differs from
 * their 类 (or that a group makes more precise). A code not listed takes the line of its nearest
 * listed ancestor (see `cofogOf`). Team knowledge, not an official correspondence.
 *
 * @example
 * ```ts
 * cofogMapping.find((l) => l.code === '210')?.cofog // '07'
 * ```
 */
export const cofogMapping: readonly CofogMappingLine[] = /*#__PURE__*/ deepFreeze([
  {
    code: '201',
    cofog: '01',
    why: {
      zh: '一般公共服务：立法、行政、财政税收、党政机关事务。',
      en: 'General public services: legislative and executive organs, fiscal affairs, party and government offices.',
    },
  },
  {
    code: '20101',
    cofog: '01.1',
    why: { zh: '人大：立法机关。', en: "People's congress: the legislative organ." },
  },
  {
    code: '20103',
    cofog: '01.1',
    why: { zh: '政府办公厅：行政机关。', en: 'Government general offices: executive organs.' },
  },
  {
    code: '20104',
    cofog: '04.1',
    why: {
      zh: '发展与改革：经济政策的制定与管理，属一般经济事务。',
      en: 'Development and reform: making and running economic policy, a general economic affair.',
    },
  },
  {
    code: '20105',
    cofog: '01.3',
    why: {
      zh: '统计：为政府整体提供的一般服务（COFOG 01.3 含统计服务）。',
      en: 'Statistics: a general service to government as a whole (COFOG 01.3 includes statistical services).',
    },
  },
  { code: '20106', cofog: '01.1', why: { zh: '财政：财政事务。', en: 'Finance: fiscal affairs.' } },
  {
    code: '20107',
    cofog: '01.1',
    why: { zh: '税收：税收征管属财政事务。', en: 'Taxation: tax administration is a fiscal affair.' },
  },
  {
    code: '20108',
    cofog: '01.1',
    why: {
      zh: '审计：对财政的监督，归财政事务。',
      en: 'Audit: oversight of public finance, classed with fiscal affairs.',
    },
  },
  {
    code: '20109',
    cofog: '04.1',
    why: {
      zh: '海关：对外贸易的管理属一般经济、商业事务（缉私另见 20410）。',
      en: 'Customs: administering foreign trade is a general economic and commercial affair (anti-smuggling police is 20410).',
    },
  },
  {
    code: '20113',
    cofog: '04.1',
    why: { zh: '商贸：商业事务。', en: 'Commerce and trade: commercial affairs.' },
  },
  {
    code: '20114',
    cofog: '04.1',
    why: { zh: '知识产权：商业监管。', en: 'Intellectual property: commercial regulation.' },
  },
  {
    code: '20123',
    cofog: '08.4',
    why: {
      zh: '民族事务：民族宗教与社区事务。',
      en: 'Ethnic affairs: religious and other community services.',
    },
  },
  {
    code: '20126',
    cofog: '08.2',
    why: { zh: '档案：档案馆属文化服务。', en: 'Archives: archives are cultural services.' },
  },
  {
    code: '20138',
    cofog: '04.1',
    why: {
      zh: '市场监督管理：对市场与商业的一般监管。',
      en: 'Market regulation: general regulation of markets and commerce.',
    },
  },
  {
    code: '20139',
    cofog: '10.9',
    why: {
      zh: '社会工作：社会工作与志愿服务，属社会保护（其他）。',
      en: 'Social work: social work and volunteering, social protection n.e.c.',
    },
  },
  {
    code: '20140',
    cofog: '01.3',
    why: { zh: '信访：面向公众的一般服务。', en: 'Public complaints: a general service to the public.' },
  },
  {
    code: '202',
    cofog: '01',
    why: {
      zh: '外交：COFOG 将对外事务归入一般公共服务（01.1）。',
      en: 'Foreign affairs: COFOG classes external affairs under general public services (01.1).',
    },
  },
  {
    code: '20201',
    cofog: '01.1',
    why: { zh: '外交管理：对外事务。', en: 'Foreign affairs administration: external affairs.' },
  },
  {
    code: '20202',
    cofog: '01.1',
    why: { zh: '驻外机构：对外事务。', en: 'Missions abroad: external affairs.' },
  },
  {
    code: '20203',
    cofog: '01.2',
    why: { zh: '对外援助：对外经济援助。', en: 'Foreign aid: foreign economic aid.' },
  },
  {
    code: '20208',
    cofog: '01.2',
    why: {
      zh: '国际发展合作：对外经济援助。',
      en: 'International development cooperation: foreign economic aid.',
    },
  },
  { code: '203', cofog: '02', why: { zh: '国防。', en: 'Defence.' } },
  {
    code: '20301',
    cofog: '02.1',
    why: { zh: '军费：军事防务。', en: 'Military spending: military defence.' },
  },
  { code: '20304', cofog: '02.4', why: { zh: '国防科研：国防研发。', en: 'Defence research: R&D defence.' } },
  {
    code: '20306',
    cofog: '02.2',
    why: {
      zh: '国防动员（含人民防空）：民防。',
      en: 'Defence mobilisation (civil air defence included): civil defence.',
    },
  },
  {
    code: '204',
    cofog: '03',
    why: { zh: '公共安全：公共秩序与安全。', en: 'Public security: public order and safety.' },
  },
  { code: '20401', cofog: '03.1', why: { zh: '武装警察部队：警务。', en: 'Armed police: police services.' } },
  {
    code: '20402',
    cofog: '03.1',
    why: { zh: '公安：警务。', en: 'Public security bureaus: police services.' },
  },
  {
    code: '20404',
    cofog: '03.3',
    why: {
      zh: '检察：司法机关（COFOG 03.3 含检察）。',
      en: 'Procuratorates: law courts (COFOG 03.3 includes prosecution).',
    },
  },
  { code: '20405', cofog: '03.3', why: { zh: '法院。', en: 'Courts: law courts.' } },
  {
    code: '20406',
    cofog: '03.3',
    why: {
      zh: '司法行政：法律服务与司法行政归法院组。',
      en: 'Justice administration: legal services, classed with law courts.',
    },
  },
  { code: '20407', cofog: '03.4', why: { zh: '监狱。', en: 'Prisons.' } },
  {
    code: '20408',
    cofog: '03.4',
    why: {
      zh: '强制隔离戒毒：羁押场所，与监狱同组。',
      en: 'Compulsory drug rehabilitation: places of detention, classed with prisons.',
    },
  },
  {
    code: '20410',
    cofog: '03.1',
    why: { zh: '缉私警察：警务。', en: 'Anti-smuggling police: police services.' },
  },
  { code: '205', cofog: '09', why: { zh: '教育。', en: 'Education.' } },
  {
    code: '20502',
    cofog: '09',
    why: {
      zh: '普通教育：学前至高等教育各级，按项细分（本表不再细分）。',
      en: 'General education: every level from pre-school to university; the 项 tell the levels apart (not mapped further here).',
    },
  },
  {
    code: '20503',
    cofog: '09.2',
    why: {
      zh: '职业教育：以中等职业教育为主。',
      en: 'Vocational education: mostly secondary vocational schools.',
    },
  },
  {
    code: '20508',
    cofog: '09.5',
    why: { zh: '进修及培训：不分层级的教育。', en: 'Further training: education not definable by level.' },
  },
  {
    code: '20509',
    cofog: '09.8',
    why: {
      zh: '教育费附加安排的支出：按资金来源设款，功能不限层级。',
      en: 'Education surcharge spending: a 款 by funding source, not by level.',
    },
  },
  {
    code: '206',
    cofog: '01',
    why: {
      zh: '科学技术：COFOG 将不针对特定功能的研究归入一般公共服务（01.4 基础研究、01.5 研发）；针对特定功能的研发宜归该功能的 R&D 组，科目无法区分。',
      en: "Science and technology: COFOG puts research not aimed at one function under general public services (01.4 basic research, 01.5 R&D); research for one function belongs to that function's R&D group, which the codes cannot tell.",
    },
  },
  { code: '20602', cofog: '01.4', why: { zh: '基础研究。', en: 'Basic research.' } },
  {
    code: '20603',
    cofog: '01.5',
    why: {
      zh: '应用研究：不针对特定功能时归 01.5。',
      en: 'Applied research: 01.5 when not aimed at one function.',
    },
  },
  {
    code: '20604',
    cofog: '04.8',
    why: {
      zh: '技术研究与开发：以产业技术为主，归经济事务研发。',
      en: 'Technology R&D: mostly industrial technology, R&D economic affairs.',
    },
  },
  {
    code: '207',
    cofog: '08',
    why: {
      zh: '文化旅游体育与传媒：娱乐、文化与宗教。',
      en: 'Culture, tourism, sports and media: recreation, culture and religion.',
    },
  },
  {
    code: '20701',
    cofog: '08.2',
    why: {
      zh: '文化和旅游：文化服务（旅游推广严格说属 04.7）。',
      en: 'Culture and tourism: cultural services (tourism promotion is strictly 04.7).',
    },
  },
  {
    code: '20702',
    cofog: '08.2',
    why: { zh: '文物：文化服务。', en: 'Cultural relics: cultural services.' },
  },
  {
    code: '20703',
    cofog: '08.1',
    why: { zh: '体育：娱乐与体育服务。', en: 'Sports: recreational and sporting services.' },
  },
  {
    code: '20706',
    cofog: '08.3',
    why: {
      zh: '新闻出版电影：广播与出版服务。',
      en: 'Press, publishing and film: broadcasting and publishing services.',
    },
  },
  {
    code: '20708',
    cofog: '08.3',
    why: {
      zh: '广播电视：广播与出版服务。',
      en: 'Radio and television: broadcasting and publishing services.',
    },
  },
  {
    code: '208',
    cofog: '10',
    why: { zh: '社会保障和就业：社会保护。', en: 'Social security and employment: social protection.' },
  },
  {
    code: '20805',
    cofog: '10.2',
    why: {
      zh: '行政事业单位养老：养老。',
      en: 'Pensions of administrative and public institutions: old age.',
    },
  },
  {
    code: '20806',
    cofog: '04.1',
    why: {
      zh: '企业改革补助：对企业改革的支持，属一般经济事务。',
      en: 'Enterprise reform subsidies: support to enterprise reform, a general economic affair.',
    },
  },
  {
    code: '20807',
    cofog: '10.5',
    why: { zh: '就业补助：失业与就业促进。', en: 'Employment subsidies: unemployment.' },
  },
  {
    code: '20808',
    cofog: '10.3',
    why: {
      zh: '抚恤：遗属（死亡抚恤）与伤残抚恤，以遗属为主。',
      en: "Pensions to martyrs' families and the disabled: survivors (mostly).",
    },
  },
  {
    code: '20809',
    cofog: '10.2',
    why: { zh: '退役安置：退役人员的养老与安置。', en: 'Resettlement of retired service members: old age.' },
  },
  {
    code: '20810',
    cofog: '10.4',
    why: {
      zh: '社会福利：儿童、老年福利，以家庭与儿童组为主。',
      en: "Social welfare: children's and elderly welfare, mostly family and children.",
    },
  },
  {
    code: '20811',
    cofog: '10.1',
    why: { zh: '残疾人事业：疾病与残疾。', en: 'Disabled persons: sickness and disability.' },
  },
  {
    code: '20819',
    cofog: '10.7',
    why: { zh: '最低生活保障：社会排斥（其他）。', en: 'Minimum living allowance: social exclusion n.e.c.' },
  },
  {
    code: '20820',
    cofog: '10.7',
    why: { zh: '临时救助。', en: 'Temporary assistance: social exclusion n.e.c.' },
  },
  {
    code: '20821',
    cofog: '10.7',
    why: { zh: '特困人员救助供养。', en: 'Support for people in extreme poverty: social exclusion n.e.c.' },
  },
  {
    code: '20825',
    cofog: '10.7',
    why: { zh: '其他生活救助。', en: 'Other living assistance: social exclusion n.e.c.' },
  },
  {
    code: '20826',
    cofog: '10.2',
    why: {
      zh: '财政对基本养老保险基金的补助：养老。',
      en: 'Subsidies to basic pension insurance funds: old age.',
    },
  },
  {
    code: '20828',
    cofog: '10.9',
    why: {
      zh: '退役军人管理事务：社会保护的管理。',
      en: 'Veterans affairs administration: social protection n.e.c.',
    },
  },
  {
    code: '209',
    cofog: '10',
    why: { zh: '社会保险基金支出：社会保护。', en: 'Social insurance fund spending: social protection.' },
  },
  {
    code: '210',
    cofog: '07',
    why: {
      zh: '卫生健康：卫生。医疗保险的报销在 COFOG 中归卫生（07），不归社会保护。',
      en: 'Health. COFOG classes reimbursement of medical care by insurance under health (07), not social protection.',
    },
  },
  {
    code: '21002',
    cofog: '07.3',
    why: { zh: '公立医院：医院服务。', en: 'Public hospitals: hospital services.' },
  },
  {
    code: '21003',
    cofog: '07.2',
    why: { zh: '基层医疗卫生机构：门诊服务。', en: 'Primary care institutions: outpatient services.' },
  },
  { code: '21004', cofog: '07.4', why: { zh: '公共卫生。', en: 'Public health services.' } },
  {
    code: '21007',
    cofog: '10.4',
    why: { zh: '计划生育事务：家庭与儿童。', en: 'Family planning: family and children.' },
  },
  {
    code: '21018',
    cofog: '07.4',
    why: { zh: '疾病预防控制：公共卫生。', en: 'Disease control and prevention: public health services.' },
  },
  {
    code: '211',
    cofog: '05',
    why: {
      zh: '节能环保：环境保护。',
      en: 'Energy conservation and environmental protection: environmental protection.',
    },
  },
  {
    code: '21103',
    cofog: '05.3',
    why: { zh: '污染防治：污染治理。', en: 'Pollution prevention and control: pollution abatement.' },
  },
  {
    code: '21104',
    cofog: '05.4',
    why: {
      zh: '自然生态保护：生物多样性与景观保护。',
      en: 'Nature and ecological protection: protection of biodiversity and landscape.',
    },
  },
  {
    code: '21105',
    cofog: '05.4',
    why: {
      zh: '森林保护修复（天然林保护）：生态保护为主（林业经营归 04.2）。',
      en: 'Forest protection and restoration: mostly ecological protection (forestry as an industry is 04.2).',
    },
  },
  {
    code: '21110',
    cofog: '04.3',
    why: { zh: '能源节约利用：燃料与能源。', en: 'Energy saving: fuel and energy.' },
  },
  {
    code: '21112',
    cofog: '04.3',
    why: { zh: '可再生能源：燃料与能源。', en: 'Renewable energy: fuel and energy.' },
  },
  {
    code: '21114',
    cofog: '04.3',
    why: { zh: '能源管理事务：燃料与能源。', en: 'Energy administration: fuel and energy.' },
  },
  {
    code: '21160',
    cofog: '04.3',
    why: {
      zh: '可再生能源电价附加安排的支出：燃料与能源。',
      en: 'Renewable energy surcharge spending: fuel and energy.',
    },
  },
  {
    code: '212',
    cofog: '06',
    why: {
      zh: '城乡社区：住房与社区设施。',
      en: 'Urban and rural communities: housing and community amenities.',
    },
  },
  {
    code: '21203',
    cofog: '06.2',
    why: { zh: '城乡社区公共设施：社区发展。', en: 'Community public facilities: community development.' },
  },
  {
    code: '21205',
    cofog: '05.1',
    why: { zh: '城乡社区环境卫生：废物管理。', en: 'Community sanitation: waste management.' },
  },
  {
    code: '21214',
    cofog: '05.2',
    why: { zh: '污水处理费安排的支出：污水管理。', en: 'Sewage charge spending: waste water management.' },
  },
  {
    code: '213',
    cofog: '04',
    why: { zh: '农林水：经济事务（农林牧渔）。', en: 'Agriculture, forestry and water: economic affairs.' },
  },
  {
    code: '21301',
    cofog: '04.2',
    why: { zh: '农业农村。', en: 'Agriculture and rural affairs: agriculture.' },
  },
  { code: '21302', cofog: '04.2', why: { zh: '林业和草原。', en: 'Forestry and grassland: forestry.' } },
  {
    code: '21303',
    cofog: '04.2',
    why: {
      zh: '水利：灌溉与防洪，随农业归 04.2（供水另属 06.3）。',
      en: 'Water conservancy: irrigation and flood control, with agriculture (water supply is 06.3).',
    },
  },
  {
    code: '21305',
    cofog: '10.7',
    why: {
      zh: '巩固拓展脱贫攻坚成果：反贫困，社会排斥（其他）。',
      en: 'Consolidating poverty alleviation: anti-poverty, social exclusion n.e.c.',
    },
  },
  {
    code: '21307',
    cofog: '06.2',
    why: {
      zh: '农村综合改革：村级公益事业与社区发展。',
      en: 'Comprehensive rural reform: village public works, community development.',
    },
  },
  {
    code: '21308',
    cofog: '04.1',
    why: {
      zh: '普惠金融发展：金融支持，一般经济事务。',
      en: 'Inclusive finance: financial support, general economic affairs.',
    },
  },
  { code: '214', cofog: '04.5', why: { zh: '交通运输：运输。', en: 'Transport.' } },
  { code: '21405', cofog: '04.6', why: { zh: '邮政业：通信。', en: 'Postal services: communication.' } },
  {
    code: '215',
    cofog: '04.4',
    why: {
      zh: '资源勘探工业信息：采矿、制造与建筑。',
      en: 'Resource exploration, industry and information: mining, manufacturing and construction.',
    },
  },
  {
    code: '21505',
    cofog: '04.4',
    why: {
      zh: '工业和信息产业：制造业（信息通信严格说属 04.6）。',
      en: 'Industry and information: manufacturing (telecommunications strictly 04.6).',
    },
  },
  {
    code: '21507',
    cofog: '04.1',
    why: { zh: '国有资产监管：一般经济事务。', en: 'State assets supervision: general economic affairs.' },
  },
  {
    code: '21508',
    cofog: '04.1',
    why: {
      zh: '支持中小企业：一般经济事务。',
      en: 'Support to small and medium enterprises: general economic affairs.',
    },
  },
  {
    code: '216',
    cofog: '04.7',
    why: { zh: '商业服务业：其他行业。', en: 'Commerce and services: other industries.' },
  },
  {
    code: '21606',
    cofog: '04.1',
    why: {
      zh: '涉外发展服务：对外经贸，一般经济事务。',
      en: 'Foreign trade development services: general economic affairs.',
    },
  },
  {
    code: '217',
    cofog: '04.1',
    why: {
      zh: '金融：金融监管与发展属一般经济事务（COFOG 01.1 的财政事务不含金融业监管）。',
      en: 'Finance: financial regulation and development are general economic affairs (the fiscal affairs of 01.1 exclude regulating the financial sector).',
    },
  },
  {
    code: '219',
    cofog: '01.8',
    why: {
      zh: '援助其他地区：对其他地区政府的一般性转移。',
      en: 'Aid to other regions: transfers of a general character to other governments.',
    },
  },
  {
    code: '220',
    cofog: '04',
    why: {
      zh: '自然资源海洋气象：经济事务。',
      en: 'Natural resources, oceans and meteorology: economic affairs.',
    },
  },
  {
    code: '22001',
    cofog: '04.9',
    why: {
      zh: '自然资源事务：国土资源管理，经济事务（其他）。',
      en: 'Natural resources affairs: land and resources management, economic affairs n.e.c.',
    },
  },
  {
    code: '22005',
    cofog: '01.3',
    why: {
      zh: '气象：COFOG 将气象服务归一般服务（01.3）。',
      en: 'Meteorology: COFOG classes meteorological services as general services (01.3).',
    },
  },
  {
    code: '221',
    cofog: '06.1',
    why: { zh: '住房保障：住房开发。', en: 'Housing security: housing development.' },
  },
  {
    code: '22102',
    cofog: '06.1',
    why: {
      zh: '住房改革支出（住房公积金、提租和购房补贴）：实为职工薪酬，理应随雇主的功能分类；无法拆分时归 06.1。',
      en: "Housing reform (housing provident fund, rent and purchase allowances): really employee compensation, which belongs to the employer's function; 06.1 where it cannot be split.",
    },
  },
  {
    code: '22103',
    cofog: '06.2',
    why: { zh: '城乡社区住宅：社区发展。', en: 'Community housing: community development.' },
  },
  {
    code: '222',
    cofog: '04',
    why: { zh: '粮油物资储备：经济事务。', en: 'Grain, oil and material reserves: economic affairs.' },
  },
  {
    code: '22203',
    cofog: '04.3',
    why: { zh: '能源储备：燃料与能源。', en: 'Energy reserves: fuel and energy.' },
  },
  {
    code: '22204',
    cofog: '04.2',
    why: { zh: '粮油储备：农业。', en: 'Grain and oil reserves: agriculture.' },
  },
  {
    code: '22205',
    cofog: '04.7',
    why: { zh: '重要商品储备：其他行业。', en: 'Reserves of key commodities: other industries.' },
  },
  {
    code: '223',
    cofog: '04.1',
    why: {
      zh: '国有资本经营预算：对国有企业的注资与补贴，一般经济事务。',
      en: 'State capital operating budget: capital and subsidies to state enterprises, general economic affairs.',
    },
  },
  {
    code: '224',
    cofog: '03',
    why: {
      zh: '灾害防治及应急管理：公共秩序与安全。',
      en: 'Disaster prevention and emergency management: public order and safety.',
    },
  },
  {
    code: '22401',
    cofog: '03.6',
    why: { zh: '应急管理事务。', en: 'Emergency management: public order and safety n.e.c.' },
  },
  {
    code: '22402',
    cofog: '03.2',
    why: { zh: '消防救援：消防服务。', en: 'Fire and rescue: fire-protection services.' },
  },
  {
    code: '22404',
    cofog: '04.4',
    why: { zh: '矿山安全：采矿业监管。', en: 'Mine safety: regulation of mining.' },
  },
  {
    code: '22405',
    cofog: '03.6',
    why: { zh: '地震事务。', en: 'Earthquake affairs: public order and safety n.e.c.' },
  },
  {
    code: '22406',
    cofog: '03.6',
    why: { zh: '自然灾害防治。', en: 'Natural disaster prevention: public order and safety n.e.c.' },
  },
  {
    code: '22407',
    cofog: '10.9',
    why: {
      zh: '自然灾害救灾及恢复重建：对受灾群众的救助，社会保护（其他）。',
      en: 'Disaster relief and reconstruction: relief to victims, social protection n.e.c.',
    },
  },
  {
    code: '227',
    cofog: '01.6',
    why: {
      zh: '预备费：未分配到功能，一般公共服务（其他）。',
      en: 'Reserve fund: not yet allocated to a function, general public services n.e.c.',
    },
  },
  {
    code: '229',
    cofog: '01.6',
    why: { zh: '其他支出：一般公共服务（其他）。', en: 'Other expenditure: general public services n.e.c.' },
  },
  {
    code: '22960',
    cofog: '10.9',
    why: {
      zh: '彩票公益金：以社会福利为主的用途。',
      en: 'Lottery public welfare funds: used mostly for social welfare.',
    },
  },
  {
    code: '230',
    cofog: '01.8',
    why: {
      zh: '转移性支出：政府间一般性转移（COFOG 在合并口径下抵销）。',
      en: 'Transfers: between levels of government (eliminated when consolidated in COFOG).',
    },
  },
  {
    code: '231',
    cofog: '01.7',
    why: {
      zh: '债务还本：在 GFS 中是融资交易而非支出，仅为对接归 01.7。',
      en: 'Debt principal: a financing transaction in GFS, not expense; 01.7 only for interoperability.',
    },
  },
  {
    code: '232',
    cofog: '01.7',
    why: { zh: '债务付息：公共债务交易。', en: 'Debt interest: public debt transactions.' },
  },
  {
    code: '233',
    cofog: '01.7',
    why: { zh: '债务发行费用：公共债务交易。', en: 'Debt issuance costs: public debt transactions.' },
  },
  {
    code: '234',
    cofog: '07',
    why: {
      zh: '抗疫特别国债安排的支出：以抗疫为主（基础设施部分见 23401）。',
      en: 'COVID-19 special bonds: mostly the epidemic response (infrastructure is 23401).',
    },
  },
  {
    code: '23401',
    cofog: '04',
    why: {
      zh: '基础设施建设：经济事务，具体组别不定。',
      en: 'Infrastructure construction: economic affairs, group not determined.',
    },
  },
  {
    code: '23402',
    cofog: '07.4',
    why: { zh: '抗疫相关支出：公共卫生。', en: 'COVID-19 response: public health services.' },
  },
])
