/** A one-unit corpus document for CLI tests that need a corpus of their own. */
export const DEMO_CORPUS = `mandates: 1
id: demo-1
title: 示例通知
units:
  - id: kfzx
    name: 示例开发中心
    externalName: 示例事务局
    duties:
      - label: 一、
        text: 负责示例工作。
`;
