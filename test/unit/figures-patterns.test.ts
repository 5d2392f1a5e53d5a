import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/core/analysis-types.ts';
import { extractFigures } from '../../src/core/figures/extract-figures.ts';
import { readNumeral } from '../../src/core/figures/vietnamese-number.ts';
import { romanValue } from '../../src/core/figures/roman-numerals.ts';
import { syllableKey } from '../../src/core/figures/syllable-key.ts';

function only(text: string): Figure {
  const figures = extractFigures(text);
  expect(figures, JSON.stringify(figures.map((figure) => figure.text))).toHaveLength(1);
  return figures[0] as Figure;
}

function texts(text: string): string[] {
  return extractFigures(text).map((figure) => figure.text);
}

describe('reading numerals', () => {
  it('reads thousands dots and decimal commas', () => {
    expect(readNumeral('2.866').value).toBe(2866);
    expect(readNumeral('1.200.000').value).toBe(1200000);
    expect(readNumeral('265,165').value).toBeCloseTo(265.165, 10);
    expect(readNumeral('1.234,5').value).toBeCloseTo(1234.5, 10);
    expect(readNumeral('2.5').value).toBe(2.5);
    expect(readNumeral('1,234,567').value).toBe(1234567);
  });

  it('reads Roman numerals and refuses malformed ones', () => {
    expect(romanValue('XII')).toBe(12);
    expect(romanValue('XIII')).toBe(13);
    expect(romanValue('IV')).toBe(4);
    expect(romanValue('IIII')).toBeUndefined();
  });

  it('keys syllables whatever the tone placement and Unicode form', () => {
    expect(syllableKey('khoá')).toBe(syllableKey('khóa'));
    expect(syllableKey('uỷ')).toBe(syllableKey('ủy'));
    expect(syllableKey('Tháng'.normalize('NFD'))).toBe(syllableKey('tháng'));
    expect(syllableKey('khoa')).not.toBe(syllableKey('khóa'));
  });
});

describe('counts, multipliers, units, money, percentages, ratios', () => {
  it('counts with thousands dots', () => {
    const figure = only('Đảng bộ có 2.866 đảng viên.');
    expect(figure).toMatchObject({ kind: 'count', value: 2866, text: '2.866', label: 'đảng viên' });
  });

  it('scales by multipliers', () => {
    const figure = only('Toàn tỉnh có 2,4 triệu hộ dân.');
    expect(figure).toMatchObject({ kind: 'count', value: 2400000, unit: 'triệu', label: 'hộ dân' });
    expect(only('Dự án 1,2 nghìn tỷ đồng được khởi công.')).toMatchObject({
      kind: 'money',
      value: 1.2e12,
      unit: 'nghìn tỷ đồng',
    });
    expect(only('Khoảng 3 vạn người dự lễ hội.')).toMatchObject({ value: 30000, text: 'Khoảng 3 vạn' });
    expect(only('Hỗ trợ 2 tỉ đồng.')).toMatchObject({ kind: 'money', value: 2e9 });
  });

  it('reads money in đồng, VNĐ and USD, and not "đồng chí"', () => {
    expect(only('Mỗi hộ được hỗ trợ 15 triệu đồng.')).toMatchObject({
      kind: 'money',
      value: 15e6,
      unit: 'triệu đồng',
      text: '15 triệu đồng',
    });
    expect(only('Quà trị giá 500.000 đồng.')).toMatchObject({ kind: 'money', value: 500000, unit: 'đồng' });
    expect(only('Kim ngạch đạt 12 triệu USD.')).toMatchObject({ kind: 'money', unit: 'triệu USD' });
    expect(only('Giá vé 50.000đ một người.')).toMatchObject({ kind: 'money', unit: 'đ', text: '50.000đ' });
    const comrades = only('Thăm hỏi 12 đồng chí cán bộ hưu trí.');
    expect(comrades.kind).toBe('count');
    expect(comrades.label).toBe('đồng chí cán bộ hưu trí được thăm hỏi');
    expect(only('Có 300 đồng bào tham gia.').kind).toBe('count');
  });

  it('reads measures glued or spaced', () => {
    expect(only('Tuyến biên giới dài 265,165km.')).toMatchObject({
      kind: 'measure',
      value: 265.165,
      unit: 'km',
      text: '265,165km',
    });
    expect(only('Thu giữ 0,128kg ma túy.')).toMatchObject({ kind: 'measure', value: 0.128, unit: 'kg' });
    expect(only('Xây dựng 3.000 m2 sân chơi.')).toMatchObject({ kind: 'measure', value: 3000, unit: 'm2' });
    expect(only('Diện tích tự nhiên 9.068,8 km².')).toMatchObject({ kind: 'measure', unit: 'km²' });
    expect(only('Gieo cấy 1.500 ha lúa.')).toMatchObject({
      kind: 'measure',
      unit: 'ha',
      label: 'lúa được gieo cấy',
    });
    expect(only('Sản lượng đạt 2.100 tấn.')).toMatchObject({
      kind: 'measure',
      unit: 'tấn',
      label: 'Sản lượng',
    });
    expect(only('Năng suất 55 tạ/ha.')).toMatchObject({ unit: 'tạ/ha', label: 'Năng suất' });
  });

  it('reads percentages', () => {
    expect(only('100% xã có đường ô tô đến trung tâm.')).toMatchObject({
      kind: 'percent',
      value: 100,
      unit: '%',
    });
    expect(only('Tỷ lệ che phủ rừng đạt 85,5%.')).toMatchObject({
      kind: 'percent',
      value: 85.5,
      label: 'Tỷ lệ che phủ rừng',
    });
    expect(only('Tỷ lệ đạt 60 phần trăm.')).toMatchObject({ kind: 'percent', value: 60 });
  });

  it('reads ratios as one figure with both values', () => {
    const figure = only('Đã có 22/23 xã biên giới hoàn thành.');
    expect(figure).toMatchObject({ kind: 'ratio', value: 22, values: [22, 23] });
    expect(figure.label).toContain('xã biên giới');
  });

  it('reads paired figures "84 tổ/498 thành viên" as two counts', () => {
    const figures = extractFigures('Toàn xã có 84 tổ/498 thành viên.');
    expect(figures.map((figure) => [figure.text, figure.label])).toEqual([
      ['84', 'tổ'],
      ['498', 'thành viên'],
    ]);
  });

  it('reads ranges as one figure with both bounds', () => {
    expect(only('Mỗi công trình từ 10-15 triệu đồng.')).toMatchObject({
      kind: 'money',
      values: [10e6, 15e6],
      value: 10e6,
    });
  });

  it('keeps approximators in the text, not in the value', () => {
    expect(only('Có trên 1.200 hộ tham gia.')).toMatchObject({
      text: 'trên 1.200',
      value: 1200,
      label: 'hộ tham gia',
    });
    expect(only('Giải ngân gần 3 tỷ đồng.')).toMatchObject({ text: 'gần 3 tỷ đồng', value: 3e9 });
    expect(only('Thu hút hơn 500 người.')).toMatchObject({ text: 'hơn 500', value: 500 });
    expect(only('Khoảng 40 hộ di dời.').text).toBe('Khoảng 40');
  });
});

describe('dates, periods and ordinals', () => {
  it('reads full dates, day/month with its word, month/year and years with "năm"', () => {
    expect(only('Ký ngày 25/10/2017.')).toMatchObject({ kind: 'date', values: [25, 10, 2017], value: null });
    expect(only('Khai mạc ngày 3/3 tại xã.')).toMatchObject({
      kind: 'date',
      text: 'ngày 3/3',
      values: [3, 3],
    });
    expect(only('Chiều 14/2, đoàn công tác làm việc tại huyện.')).toMatchObject({
      kind: 'date',
      text: 'Chiều 14/2',
    });
    expect(only('Hoàn thành trong tháng 6/2025.')).toMatchObject({
      kind: 'date',
      text: 'tháng 6/2025',
      values: [6, 2025],
    });
    expect(only('Kết quả năm 2020 rất khả quan.')).toMatchObject({
      kind: 'date',
      text: 'năm 2020',
      values: [2020],
    });
    expect(only('Ban hành ngày 25 tháng 10 năm 2017.')).toMatchObject({
      kind: 'date',
      values: [25, 10, 2017],
    });
    expect(only('Phấn đấu đến năm 2030, toàn tỉnh phát triển.').text).toBe('năm 2030');
  });

  it('reads "3/3" without a date word as a ratio', () => {
    expect(only('Đã có 3/3 xã hoàn thành.').kind).toBe('ratio');
  });

  it('reads periods with any dash', () => {
    for (const written of ['2021-2025', '2021–2025', '2021 - 2025', '2021—2025']) {
      const figure = only(`Kế hoạch giai đoạn ${written} được thông qua.`);
      expect(figure).toMatchObject({ kind: 'period', values: [2021, 2025], text: written });
      expect(figure.label).toContain('giai đoạn');
    }
    expect(only('Nhiệm kỳ 2020-2025, Đảng bộ lãnh đạo.').label).toBe('Nhiệm kỳ');
  });

  it('reads Roman and digit ordinals after their head words', () => {
    expect(only('Quốc hội khóa XV họp.')).toMatchObject({
      kind: 'ordinal',
      value: null,
      values: [15],
      text: 'khóa XV',
    });
    expect(only('Quốc hội khoá XV họp.').values).toEqual([15]);
    expect(only('Đại hội lần thứ XIII của Đảng.')).toMatchObject({
      value: null,
      values: [13],
      text: 'lần thứ XIII',
    });
    expect(only('Hội nghị lần thứ 6 diễn ra.')).toMatchObject({
      kind: 'ordinal',
      value: null,
      values: [6],
      text: 'lần thứ 6',
    });
    expect(only('Kỳ họp thứ 8 bế mạc.')).toMatchObject({ value: null, values: [8], label: 'Kỳ họp thứ' });
    expect(only('Tỉnh xếp thứ 15/63 tỉnh, thành phố.')).toMatchObject({ kind: 'ordinal', values: [15, 63] });
    expect(only('Sơ kết quý II/2025.')).toMatchObject({ kind: 'period', values: [2, 2025] });
  });

  it('does not read ordinal words nor weekdays', () => {
    expect(texts('Thứ nhất, tăng cường lãnh đạo. Thứ hai, nâng cao chất lượng.')).toEqual([]);
    expect(texts('Thứ 2 tuần sau.')).toEqual([]);
    expect(texts('Chương II quy định chung.')).toEqual([]);
  });
});

describe('numbers that are not figures', () => {
  it('skips document codes', () => {
    expect(texts('Nghị quyết số 07-NQ/TU của Tỉnh ủy.')).toEqual([]);
    expect(texts('Theo Nghị định 34/2014/NĐ-CP của Chính phủ.')).toEqual([]);
    expect(texts('Chỉ thị 01/CT-TTg và Nghị quyết 19- NQ/TW.')).toEqual([]);
    expect(texts('Kết luận 159–KL/TW.')).toEqual([]);
  });

  it('skips telephones, hotlines, the page clock and times of day', () => {
    expect(texts('Hotline: (02133) 878 436')).toEqual([]);
    expect(texts('Gọi 0912 345 678 để được tư vấn.')).toEqual([]);
    expect(texts('Điện thoại: 0213.3876.543')).toEqual([]);
    expect(texts('Thứ hai, 05/01/2026 - 08:27')).toEqual([]);
    expect(texts('Thứ sáu, 29/03/2024, 03:46 [GMT+7]')).toEqual([]);
    expect(texts("Thứ sáu, 26/04/2019 - 11:21'")).toEqual([]);
    expect(texts('Bắt đầu lúc 08:27, kết thúc 10h30.')).toEqual([]);
    expect(texts('Khai mạc 7 giờ 30 phút sáng.')).toEqual([]);
  });

  it('keeps an event date followed by a time in running text', () => {
    expect(texts('Lúc 10h30 ngày 12/5/2025, xảy ra vụ cháy.')).toEqual(['ngày 12/5/2025']);
  });

  it('skips clause, question and section numbers', () => {
    expect(texts('Theo Điều 21, Khoản 2, Câu 1, Mục 3 và điểm a.')).toEqual([]);
    expect(texts('Phụ lục 3 kèm theo.')).toEqual([]);
  });

  it('skips numbers inside addresses', () => {
    expect(texts('Xem https://baolaichau.vn/chinh-tri/tin-1092501 hoặc baolaichau.vn/xa-hoi/123.')).toEqual(
      [],
    );
    expect(texts('Gửi thư tới toasoan2024@baolaichau.vn nhé.')).toEqual([]);
    expect(texts('Ảnh: /uploaded/post/2024/03/29/anh_1711690000000.jpg')).toEqual([]);
  });

  it('skips numbers that are part of names', () => {
    expect(texts('Xe chạy trên Quốc lộ 4D và Quốc lộ 12.')).toEqual([]);
    expect(texts('Tuần tra tại Mốc 42 và cột mốc 17.')).toEqual([]);
    expect(texts('Sư đoàn 316 và Đồn Biên phòng 317 phối hợp.')).toEqual([]);
    expect(texts('Học sinh Trường THCS số 1 tham gia.')).toEqual([]);
    expect(texts('Dịch Covid-19, mạng 5G, đội tuyển U23, virus H5N1.')).toEqual([]);
    expect(texts('Đoàn dự SEA Games 31, tại Km 15.')).toEqual([]);
  });

  it('skips list bullets', () => {
    expect(texts('1. Mục tiêu chung\n2) Nhiệm vụ\n(3) Giải pháp')).toEqual([]);
  });

  it('skips counts with nothing to name and age bounds', () => {
    expect(texts('Trẻ em dưới 1 tuổi được tiêm.')).toEqual([]);
  });
});
