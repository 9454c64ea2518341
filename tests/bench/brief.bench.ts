import { loadavg } from 'node:os';
import { cpuUsage } from 'node:process';
import { readBrief, splitSentences } from '../../shared/brief';
import { median, sample, type BenchSuite } from './bench';

/** Mixed sentences of a bureau release and a news brief (written for the bench), figures varied by position. */
const TEMPLATES: ((n: number) => string)[] = [
  (n) =>
    `1-${(n % 11) + 2}月，稀土高新区规模以上工业增加值同比增长${(n % 20) + 1}.${n % 10}%，增速高于全市${n % 5}.${n % 7}个百分点，比1-${(n % 11) + 1}月加快0.${n % 9}个百分点。`,
  (n) =>
    `其中，稀土产业增加值增长${n % 30}.${n % 10}%，拉动全区规上工业增长${n % 6}.${n % 10}个百分点，贡献率为${n % 60}.${n % 10}%。`,
  (n) =>
    `稀土磁性材料产量${(n % 9) + 1}.${n % 100}万吨，同比增长${n % 40}.${n % 10}%；社会消费品零售总额${n}.${n % 100}亿元，下降${n % 9}.${n % 10}%。`,
  (n) =>
    `一季度，全區固定資產投資同比下降${n % 12}.${n % 10}%，低於全市${n % 3}.${n % 10}個百分點，連續${n % 60}個月保持兩位數增長。`,
  (n) =>
    `Industrial added value of the zone rose ${n % 25}.${n % 10}% in the first five months of 2025, ${n % 4}.${n % 10} percentage points above the city average.`,
  (n) =>
    `Rare earth compounds totaled ${(n % 90) + 10},${String(n % 1000).padStart(3, '0')} tonnes, down ${n % 8}.${n % 10}% YoY.`,
  () => '全区经济运行总体平稳，向好态势持续巩固，新动能加快成长。',
  () => 'These numbers demonstrate robust downstream processing capacity and surging demand from many sectors.',
];

/** About 20 pages of 3,000 characters. */
function twentyPages(): string {
  const sentences: string[] = [];
  let length = 0;
  for (let n = 0; length < 60_000; n++) {
    const sentence = TEMPLATES[n % TEMPLATES.length]!(n);
    sentences.push(sentence);
    length += sentence.length + 1;
  }
  return sentences.join(sentences.length % 3 === 0 ? '\n' : ' ');
}

/** CPU milliseconds of each run: on a shared machine they show the code's own cost. */
function cpuTimes(task: () => unknown, times: number): number[] {
  const cpu: number[] = [];
  for (let i = 0; i < times; i++) {
    const before = cpuUsage();
    task();
    const used = cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  return cpu;
}

export const suite: BenchSuite = {
  title: 'brief: reading a 20-page text (60,000 characters, Chinese, traditional and English mixed)',
  async run() {
    const text = twentyPages();
    readBrief('稀土高新區'); // converter built once, as in the app
    const reading = readBrief(text, { published: '2025-06-20' });
    const read = await sample(() => readBrief(text, { published: '2025-06-20' }), 9);
    const bare = await sample(() => text.split(/[。；;!?！？\n]/).length, 9);
    const splitting = await sample(() => splitSentences(text).length, 9);
    const cpu = cpuTimes(() => readBrief(text, { published: '2025-06-20' }), 9);
    const ms = median(read);
    return [
      {
        name: `readBrief: ${splitSentences(text).length.toLocaleString('en')} sentences → ${reading.statements.length.toLocaleString('en')} statements, ${reading.unread.length} unread`,
        value: ms,
        unit: 'ms',
        ratio: `${(ms / median(bare)).toFixed(0)}× a bare regex split (${median(bare).toFixed(2)} ms), ${(ms / median(splitting)).toFixed(0)}× splitSentences; median CPU ${median(cpu).toFixed(1)} ms, fastest ${Math.min(...read).toFixed(1)} ms, load ${loadavg()[0]!.toFixed(1)}; target < 100 ms`,
      },
    ];
  },
};
