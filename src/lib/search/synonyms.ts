// Words a salesperson may type for the same idea, across the two languages: the bundled content is
// written in Chinese, and "competitor" should still find 竞争对手. Each line is one class.
const classes = `
competitor, competitors, competition, rival, 竞争对手, 竞品, 对手, 同行
price, pricing, expensive, too expensive, cost, 价格, 太贵, 价格太高, 报价, 价钱
cheap, cheaper, 便宜, 更便宜, 低价
discount, 折扣, 优惠, 让价
budget, money, 预算, 资金, 购买力
decision maker, decision-maker, authority, 决策人, 决策者, 拍板, 关键人
need, needs, 需求, 痛点
churn, attrition, leave, leaving, 流失, 离网, 流失率, 离网率
retention, retain, loyalty, 客户维护, 挽留, 保留, 忠诚
objection, objections, 异议, 反对意见, 顾虑
key account, major account, enterprise, 大客户, 集团客户, 重点客户
tender, bid, bidding, 招标, 投标
trust, rapport, 信任, 建立信任
question, questions, questioning, 提问, 问题
listen, listening, 倾听
empathy, 共情, 同理心
close, closing, 促成, 成交, 签单
qualify, qualifying, qualification, 甄别, 筛选
negotiation, negotiate, 谈判
proposal, solution, 方案
presentation, pitch, 价值呈现, 介绍
follow up, follow-up, 跟进, 回访
motive, motives, motivation, 动机, 购买动机
pareto, 80/20, 二八
segment, segmentation, tier, tiers, 分级, 分类, 分群
internal marketing, internal customer, 内部营销, 内部客户
think it over, 考虑考虑, 考虑一下
come back later, 过段时间, 以后再说, 再来
bad experience, 不好用, 以前用过
telecom, carrier, operator, 电信, 运营商
bank, banking, 银行
retail, retailer, 零售, 零售商
e-commerce, ecommerce, online store, 电商
showroom, 展厅, 展位
`;

export const synonymClasses: readonly string[][] = classes
	.trim()
	.split('\n')
	.map((line) => line.split(',').map((member) => member.trim().toLowerCase()));
