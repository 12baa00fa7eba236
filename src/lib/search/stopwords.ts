// Words too common to tell documents apart. Chinese: particles, pronouns and question words, so that
// "怎么找到决策人" searches for 找到 and 决策人, not for 怎么. Bigrams made only of these are dropped too.

const chinese = `的 地 得 了 着 过 吗 呢 吧 啊 呀 嘛 哦 哈 么 之 其 而 与 及 或 并 则 即 把 被 给 让 对 向 从 在 于 以
和 跟 同 也 都 就 还 又 才 再 很 挺 更 最 是 有 没 不 别 这 那 哪 此 该 每 各 些 个 我 你 他 她 它 您 咱
我们 你们 他们 她们 它们 咱们 自己 大家 这个 那个 这些 那些 这样 那样 这么 那么 这里 那里 什么 怎么
怎样 怎么办 如何 为何 为什么 哪些 哪个 多少 是否 是不是 有没有 能不能 可以 可能 应该 需要 已经 正在
一个 一些 一下 一种 一样 因为 所以 但是 而且 如果 虽然 然后 还是 或者 以及 就是 不是 没有 时候 的话
说 问 要 会 能 想 去 来 到 做 用 看 得到 办 一 二 两`;

const english = `a able about across after all almost also am among an and any are as at be because been but by
can cannot could dear did do does either else ever every for from get got had has have he her hers him his
how however i if in into is it its just least let like likely may me might most must my neither no nor not
of off often on only or other our own rather said say says she should since so some than that the their
them then there these they this tis to too twas us wants was we were what when where which while who whom
why will with would yet you your`;

export const stopWords: ReadonlySet<string> = new Set([...chinese.split(/\s+/), ...english.split(/\s+/)]);
