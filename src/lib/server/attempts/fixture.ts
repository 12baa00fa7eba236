// A small role-play for tests, and the same file after a trainer changed a score, so tests can play
// both versions of one role-play.
export const fixturePath = 'content/roleplays/fixture-call.md';

export const fixtureSource = `---
title: 试用电话
summary: 一个简短的电话练习。
persona: 一位忙碌的采购经理。
skills:
  questioning: 提问
  closing: 促成
vars:
  trust: 0
pass: 70
---

## 接通 {#start}

喂,你好,哪位?

- 您好,我是小王,想了解一下您现在用的设备情况。 [→](#ask) \`questioning +2\` \`trust +1\`
  > 先问再讲。
- 我们的新设备今天打八折! [→](#lost) \`closing -1\`
  > 还没了解需求就谈折扣。

## 了解 {#ask}

我们的设备用了五年了。

- 那耗电情况怎么样? [→](#ask) \`questioning +1\`
  > 继续问。
- 要不要约个时间上门看看? [→](#won) \`closing +2\` \`if trust >= 1\`
  > 提出下一步。
- 那就不打扰了。 [→](#lost)

## 约好了 {#won}

\`end won\`

对方同意周四见面。

## 挂断 {#lost}

\`end lost\`

对方挂了电话。
`;

/** The same role-play after the trainer raised the score of the first question. */
export const fixtureSourceChanged = fixtureSource.replace('`questioning +2`', '`questioning +3`');
