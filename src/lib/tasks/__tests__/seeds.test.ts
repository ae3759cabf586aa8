/**
 * Pins, for the five seed documents, every deadline a careful reader finds and the body it is given to,
 * read from the sources by hand. Blocks come from the real parser (src/lib/parse); a second pass with
 * the plain test splitter checks the extractor does not depend on the parser's finer choices.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../parse/index.ts';
import { extractTasks } from '../extract.ts';
import type { Task } from '../../../schemas/tasks.ts';
import { splitBlocks } from './blocks.ts';

const dir = new URL('../../../../content/sources/', import.meta.url);
const load = (name: string) => readFileSync(new URL(name, dir), 'utf8');

const SKH = 'Sở Kế hoạch và Đầu tư';
const LEADERS_003 = ['Thủ trưởng các sở, ban, ngành, đơn vị trực thuộc UBND tỉnh', 'Các cơ quan Trung ương trên địa bàn tỉnh', 'Chủ tịch UBND các huyện, thị xã, thành phố'];

/** [lead, support, kind, iso, printed] of every task with a deadline, in reading order. */
type Row = [string[], string[], string, string | null, string];

const SEEDS: { file: string; tasks: number; deadlines: Row[] }[] = [
  {
    file: 'cv-5817-ubnd-ktth-2024.txt',
    tasks: 3,
    deadlines: [
      // The deadline is a separate italic block under the list item it closes.
      [['Thủ trưởng các sở, ban, ngành, đơn vị trực thuộc UBND tỉnh', 'Chủ tịch UBND các huyện, thị xã, thành phố'], [], 'date', '2025-06-30', 'trước ngày 30/6/2025'],
    ],
  },
  {
    file: 'cv-ubnd-tp-quang-ngai-2024-02-ket-nghia-vinh.txt',
    tasks: 3,
    deadlines: [
      [['UBNDTTQ Việt Nam thành phố', 'Các cơ quan, đơn vị thuộc thành phố', 'Các Hội đoàn thể thành phố', 'Thành đoàn Quảng Ngãi', 'UBND các xã, phường'], [], 'date', '2024-03-06', 'trước ngày 06/3/2024'],
      [['Phòng Tài chính – Kế hoạch thành phố'], [], 'date', '2024-03-15', 'hoàn thành trước ngày 15/3/2024'],
      [['Văn phòng HĐND&UBND thành phố'], ['Các đơn vị có liên quan của thành phố Vinh'], 'date', '2024-03-30', 'hoàn thành trước ngày 30/3/2024'],
    ],
  },
  {
    file: 'cv-2395-ubnd-ktth-2022.txt',
    tasks: 25,
    deadlines: [
      // No dated deadline; the conference of 2.3 is to be held within 2022, the only time bound given.
      [['Sở Văn hóa, Thể thao và Du lịch'], [], 'year', '2022', 'trong năm 2022'],
    ],
  },
  {
    file: 'cv-ocr-ket-luan-2209-kl-tu-2024.txt',
    tasks: 27,
    deadlines: [
      [LEADERS_003, [], 'date', '2024-12-31', 'dén ngay 31/12/2024'], // 5.b, under the introduction's addressees
      [[SKH], ['Cac chi dau tu'], 'date', '2024-04-30', 'truwéc ngay 30/4/2024'], // 5.c
      [['Sở Giao thông vận tải'], ['Co quan, don vi ¢6 lién quan'], 'date', '2024-03-31', 'hoan thanh trude ngay 31/3/2024'], // 5.d
      [[SKH], [], 'month', '2024-04', 'hoan thanh trong thang 4/2024'], // 6.b, under `6. Sở Kế hoạch và Đầu tư:`
      [[SKH], ['Sở Tài chính', 'Sở Tài nguyên và Môi trường', 'Cục Thuế tỉnh', 'Co quan, don vi, dia phuong ¢6 lién quan'], 'date', '2024-04-30', 'truéc ngay 30/4/2024'], // 6.c
      [[SKH], ['Sở Tài chính', 'Sở Tài nguyên và Môi trường', 'Cục Thuế tỉnh', 'Co quan, don vi, dia phuong ¢6 lién quan'], 'quarter', '2024-Q2', 'trong Quy 11/2024'], // 6.c, Quý II
      [['Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi'], [], 'date', '2024-06-30', 'hoan thanh trudc ngay 30/6/2024'], // 7
      [['Văn phòng UBND tỉnh'], ['Sở Văn hóa, Thể thao và Du lịch'], 'date', '2024-03-31', 'hoan thanh truéc ngay 31/3/2024'], // 8.b, across a blank line
      [['Sở Lao động - Thương binh và Xã hội'], [], 'date', '2024-04-30', 'hoan thanh trwéec ngay 30/4/2024'], // 9, `trong đó giao Sở LĐTBXH chủ trì`
      [['Sở Nội vụ'], ['UBND cac huyén: Tu Nghia, M0 buc', 'UBND-thanh pho Quang Ngai', 'Cac dia phuong c6 lién quan'], 'month', '2024-10', 'hoan thanh trong thang 10/2024'], // 11
      [LEADERS_003, [], 'year', '2024', 'trong nam 2024'], // 14
    ],
  },
  {
    file: 'kh-ubnd-ba-to-2024-04-ghi-nho.txt',
    tasks: 5,
    deadlines: [
      [['UBND huyện', 'Văn phòng HĐND và UBND huyện'], ['Các cơ quan, đơn vị có liên quan của huyện Ba Tơ và thị xã Thái Hòa'], 'month', '2024-04', 'Tháng 4 năm 2024'],
      [['UBND huyện', 'Văn phòng HĐND và UBND huyện'], ['Các cơ quan, đơn vị có liên quan của huyện Ba Tơ và thị xã Thái Hòa'], 'recurring', null, 'Thường xuyên'],
    ],
  },
];

const rows = (tasks: Task[]): Row[] =>
  tasks.filter((t) => t.deadline).map((t) => [t.lead, t.support, t.deadline?.kind ?? '', t.deadline?.iso ?? null, t.deadline?.printed ?? '']);

describe('seed documents: every deadline with its body', () => {
  for (const seed of SEEDS) {
    it(seed.file, () => {
      const { metadata, blocks } = parseDocument(load(seed.file));
      const tasks = extractTasks(blocks, metadata.date);
      expect(rows(tasks)).toEqual(seed.deadlines);
      expect(tasks).toHaveLength(seed.tasks);
      for (const t of tasks) {
        expect(blocks[t.block]?.section).toBe('body');
        expect(t.action.length).toBeGreaterThan(10);
      }
    });

    it(`${seed.file}: same deadlines from the plain splitter`, () => {
      const { metadata } = parseDocument(load(seed.file));
      const tasks = extractTasks(splitBlocks(load(seed.file)), metadata.date);
      expect(rows(tasks).map((r) => [r[0], r[3], r[4]])).toEqual(seed.deadlines.map((r) => [r[0], r[3], r[4]]));
    });
  }
});

describe('seed documents: who is responsible, beyond deadlines', () => {
  const tasksOf = (file: string) => {
    const { metadata, blocks } = parseDocument(load(file));
    return { blocks, tasks: extractTasks(blocks, metadata.date) };
  };
  const textOf = (blocks: { inlines: { text: string }[] }[], i: number) => blocks[i]?.inlines.map((x) => x.text).join('') ?? '';

  it('a numbered heading naming a body makes it responsible for the items under it (2.1. Sở Kế hoạch và Đầu tư)', () => {
    const { blocks, tasks } = tasksOf('cv-2395-ubnd-ktth-2022.txt');
    const under = tasks.filter((t) => /^a\) Đẩy nhanh tiến độ thực hiện và tham mưu UBND tỉnh trình Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh/.test(textOf(blocks, t.block)));
    expect(under.map((t) => t.lead)).toEqual([[SKH]]);
    // `b) … chủ trì phối hợp với các cơ quan … tham mưu UBND tỉnh:` hands lead and support to its `- ` items.
    const listed = tasks.filter((t) => blocks[t.block]?.kind === 'list-item');
    expect(listed.map((t) => [t.lead, t.support])).toEqual([
      [[SKH], ['Các cơ quan, đơn vị có liên quan']],
      [[SKH], ['Các cơ quan, đơn vị có liên quan']],
    ]);
  });

  it('the introduction`s addressees are responsible for unattributed items; the closing formula is no task', () => {
    const { tasks } = tasksOf('cv-2395-ubnd-ktth-2022.txt');
    expect(tasks[0]?.lead).toEqual(['Các sở, ban ngành', 'Các cơ quan Trung ương trên địa bàn tỉnh', 'UBND các huyện, thị xã, thành phố']);
    const last = tasks[tasks.length - 1];
    expect(last?.lead).toEqual([SKH]);
    expect(last?.action).toMatch(/^Sở Kế hoạch và Đầu tư chịu trách nhiệm theo dõi/);
  });

  it('`giao X chịu trách nhiệm` names X (seed 000, item 2)', () => {
    const { tasks } = tasksOf('cv-5817-ubnd-ktth-2024.txt');
    expect(tasks[2]?.lead).toEqual([SKH]);
    expect(tasks[2]?.deadline).toBeNull();
  });

  it('Tổ chức thực hiện of the plan: subjects with `có trách nhiệm`, `tổng hợp`, and `phối hợp với` as support', () => {
    const { tasks } = tasksOf('kh-ubnd-ba-to-2024-04-ghi-nho.txt');
    expect(tasks.slice(2).map((t) => [t.lead, t.support])).toEqual([
      [['Thủ trưởng các cơ quan, đơn vị liên quan'], []],
      [['Văn phòng HĐND và UBND huyện'], ['Phòng Tài chính – Kế hoạch']],
      [['Phòng Tài chính – Kế hoạch huyện'], []],
    ]);
  });
});
