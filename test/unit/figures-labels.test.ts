/**
 * The label rules, one at a time, on sentences written for these tests in the way provincial
 * papers write: labels name what is counted, percentages name what changed and against what,
 * spans of time are no counts, numbers in words are read, repeated figures are one.
 */
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/core/analysis-types.ts';
import { extractFigures } from '../../src/core/figures/extract-figures.ts';

function labelOf(text: string, written: string): string {
  const found = extractFigures(text).find((figure) => figure.text === written);
  expect(found, `${written} in «${text}»`).toBeDefined();
  return (found as Figure).label;
}

const texts = (text: string): string[] => extractFigures(text).map((figure) => figure.text);

describe('labels read past classifiers and units to what is counted', () => {
  it('keeps the noun after a classifier', () => {
    expect(labelOf('Quý III, tỉnh đón 12.480 lượt khách quốc tế.', '12.480')).toBe('lượt khách quốc tế');
    expect(labelOf('Đến nay, cả xã có 3.200 con bò sinh sản.', '3.200')).toBe('con bò sinh sản');
    expect(labelOf('Trận lốc làm tốc mái 56 ngôi nhà.', '56')).toContain('ngôi nhà');
  });

  it('takes the noun phrase before a number that follows its noun', () => {
    expect(labelOf('Riêng khách nội địa 9.800 lượt, khách quốc tế 1.200 lượt.', '9.800')).toBe(
      'lượt khách nội địa',
    );
    expect(labelOf('Tổng đàn gia súc của huyện có 42.300 con.', '42.300')).toBe('Tổng đàn gia súc của huyện');
    expect(labelOf('Diện tích lúa 320 ha, tăng so với vụ trước.', '320 ha')).toBe('Diện tích lúa');
    expect(labelOf('Năm nay, tổng số trẻ của trường là 360 cháu.', '360')).toBe('tổng số trẻ của trường');
  });

  it('reads what a bare "người" is said to be', () => {
    expect(labelOf('Trường có 45 người là giáo viên, 6 nhân viên.', '45')).toBe('giáo viên');
    expect(labelOf('Đội ngũ y bác sĩ của trạm có 7 người.', '7')).toBe('Đội ngũ y bác sĩ của trạm');
  });

  it('names the cases and the sessions with their verb or clause', () => {
    expect(labelOf('Công an huyện đã bắt giữ 14 vụ với 19 đối tượng.', '14')).toBe('vụ được bắt giữ');
    expect(labelOf('Đoàn đã kiểm tra, xử phạt vi phạm hành chính 230 trường hợp.', '230')).toContain(
      'trường hợp',
    );
    expect(labelOf('Đoàn đã kiểm tra, xử phạt vi phạm hành chính 230 trường hợp.', '230')).toContain(
      'vi phạm hành chính',
    );
    expect(labelOf('Huyện tổ chức 130 buổi tuyên truyền pháp luật.', '130')).toContain('buổi tuyên truyền');
  });

  it('names what has a size', () => {
    expect(labelOf('Tuyến đường có tổng mức đầu tư 86 tỷ đồng, dài 12,4 km.', '12,4 km')).toBe(
      'Tuyến đường dài',
    );
    expect(labelOf('Tuyến đường có tổng mức đầu tư 86 tỷ đồng, dài 12,4 km.', '86 tỷ đồng')).toBe(
      'tổng mức đầu tư',
    );
  });

  it('gives money allocated by a bare verb its purpose', () => {
    expect(labelOf('Tỉnh đã bố trí 900 tỷ đồng thực hiện chương trình.', '900 tỷ đồng')).toBe(
      'bố trí thực hiện chương trình',
    );
  });

  it('makes money the object of its verb', () => {
    expect(labelOf('Huyện đã giải ngân 48 tỷ đồng vốn đầu tư công.', '48 tỷ đồng')).toBe(
      'vốn đầu tư công được giải ngân',
    );
  });

  it('never starts a label with a speaker', () => {
    for (const text of [
      'Ông Lò Văn Sơn, Giám đốc Sở Nông nghiệp và Môi trường cho biết, đã có 58 hộ được hỗ trợ.',
      'Theo bà Vàng Thị Mai, Chủ tịch Hội Phụ nữ huyện, năm nay có 58.',
    ]) {
      for (const figure of extractFigures(text)) {
        expect(figure.label).not.toMatch(/^(?:Ông|Bà|Giám đốc|Chủ tịch)\b/u);
      }
    }
    expect(labelOf('Ông Lò Văn Sơn, Giám đốc Sở cho biết 58 hộ đã thoát nghèo.', '58')).toBe('hộ');
  });
});

describe('percentages name what changed and against what', () => {
  it('takes the subject of the clause, not the span of time', () => {
    const label = labelOf('Doanh thu 9 tháng đầu năm tăng 12% so với cùng kỳ.', '12%');
    expect(label).toBe('Doanh thu tăng so với cùng kỳ');
    expect(labelOf('Sáu tháng đầu năm, doanh thu bán lẻ tăng 8,4% so với năm trước.', '8,4%')).toBe(
      'doanh thu bán lẻ tăng so với năm trước',
    );
  });

  it('keeps a comparison with the start of the year', () => {
    expect(labelOf('Tỷ lệ hộ nghèo còn 12,4%, giảm 3,1% so với đầu năm.', '3,1%')).toBe(
      'Tỷ lệ hộ nghèo giảm so với đầu năm',
    );
  });

  it('keeps the year of a comparison', () => {
    expect(labelOf('Tổng thu ngân sách tăng 7% so với cùng kỳ năm 2024.', '7%')).toContain(
      'so với cùng kỳ năm 2024',
    );
  });

  it('measures against a target', () => {
    expect(labelOf('Thu ngân sách đạt 412 tỷ đồng, đạt 85% kế hoạch năm.', '85%')).toBe(
      'Thu ngân sách so với kế hoạch năm',
    );
  });

  it('carries the subject of the quantity before it in the sentence', () => {
    const text = 'Thu ngân sách đạt 1.845 tỷ đồng, bằng 78% dự toán, tăng 9,2% so với cùng kỳ.';
    expect(labelOf(text, '78%')).toBe('Thu ngân sách so với dự toán');
    expect(labelOf(text, '9,2%')).toBe('Thu ngân sách tăng so với cùng kỳ');
    const poor = 'Tỷ lệ hộ nghèo giảm từ 28% xuống còn 14,6%, bình quân mỗi năm giảm 3,3%.';
    expect(labelOf(poor, '14,6%')).toBe('Tỷ lệ hộ nghèo');
    expect(labelOf(poor, '3,3%')).toBe('Tỷ lệ hộ nghèo giảm bình quân mỗi năm');
    expect(labelOf('Có 356.000 cử tri đi bầu, đạt tỷ lệ 99,8%.', '99,8%')).toBe('tỷ lệ cử tri đi bầu');
  });

  it('reads a percentage of a group with what is said of it', () => {
    expect(labelOf('Đến nay, 100% chi bộ đã tổ chức sinh hoạt chuyên đề.', '100%')).toBe(
      'chi bộ tổ chức sinh hoạt chuyên đề',
    );
    expect(labelOf('Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 97%.', '97%')).toBe(
      'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ',
    );
  });
});

describe('changes, levels, bounds and names', () => {
  it('reads a count after "tăng" or "giảm" as a change of what the clause is about', () => {
    expect(labelOf('Cả huyện có 310 hợp tác xã, tăng 25 hợp tác xã so với năm trước.', '25')).toBe(
      'hợp tác xã tăng so với năm trước',
    );
    const poor = 'Số hộ nghèo giảm 640 hộ, còn 2.900 hộ.';
    expect(labelOf(poor, '640')).toBe('Số hộ nghèo giảm');
    expect(labelOf(poor, '2.900')).toBe('Số hộ nghèo');
    expect(labelOf('Thu nhập bình quân tăng 1,6 lần so với năm 2020.', '1,6')).toBe(
      'Thu nhập bình quân tăng',
    );
  });

  it('reads percentage points as a change of the percentage before', () => {
    const figure = extractFigures('Tỷ lệ che phủ rừng đạt 52,1%, tăng 0,4 điểm phần trăm.').find(
      (f) => f.text === '0,4 điểm phần trăm',
    );
    expect(figure).toMatchObject({ kind: 'percent', value: 0.4, label: 'Tỷ lệ che phủ rừng tăng' });
  });

  it('counts a part of a whole by the noun of the whole', () => {
    expect(labelOf('Đã có 5 trong số 8 trường đạt chuẩn quốc gia.', '5')).toBe('trường đạt chuẩn quốc gia');
  });

  it('leaves out bounds of a group and numbered places', () => {
    expect(texts('Tỉnh có 14 khách sạn từ 3 sao trở lên.')).toEqual(['14']);
    expect(texts('Người dân thôn 4 và tổ 12 góp 30 ngày công; phòng 205 mở cửa.')).toEqual(['30']);
    expect(labelOf('Người từ 60 tuổi trở lên có 1.200 người.', '1.200')).toBe('Người từ 60 tuổi trở lên');
  });

  it('keeps compounds whole', () => {
    expect(labelOf('Ngân hàng cho 5.600 khách hàng vay vốn.', '5.600')).toBe('khách hàng vay vốn');
    expect(labelOf('Giá cà phê hiện ở mức 95.000 đồng/kg.', '95.000 đồng/kg')).toBe('Giá cà phê');
  });
});

describe('spans of time are no key figures', () => {
  it.each([
    '9 tháng đầu năm, huyện có 120 hộ thoát nghèo.',
    'Trong 6 tháng qua, huyện có 120 hộ thoát nghèo.',
    'Sau 4 năm triển khai, huyện có 120 hộ thoát nghèo.',
    'Trong 3 ngày, huyện có 120 hộ thoát nghèo.',
    'Qua 2 tuần ra quân, huyện có 120 hộ thoát nghèo.',
  ])('%s', (text) => {
    const figures = extractFigures(text).filter((figure) => figure.kind === 'count');
    expect(figures.map((figure) => figure.text)).toEqual(['120']);
    expect(figures[0]?.label).toBe('hộ thoát nghèo');
  });

  it('drops what is left of a date cut off after the counted noun', () => {
    expect(labelOf('Huyện có 1.245 hộ thoát nghèo trong năm 2025.', '1.245')).toBe('hộ thoát nghèo');
  });

  it('keeps a period of years with the timeline, and work-days as a count', () => {
    const period = extractFigures('Giai đoạn 2021–2025, tỉnh trồng 5.000 ha rừng.').find(
      (f) => f.kind === 'period',
    );
    expect(period).toMatchObject({ values: [2021, 2025] });
    expect(labelOf('Nhân dân đóng góp 15.000 ngày công.', '15.000')).toBe('ngày công');
  });
});

describe('numbers in words before a counted noun', () => {
  it('reads them', () => {
    const text =
      'Hai đồng chí được bầu bổ sung. Huyện có ba xã đạt chuẩn và mười hộ thoát nghèo; hai mươi lăm thôn có điện.';
    const figures = extractFigures(text);
    expect(figures.map((figure) => [figure.text, figure.value])).toEqual([
      ['Hai', 2],
      ['ba', 3],
      ['mười', 10],
      ['hai mươi lăm', 25],
    ]);
    expect(figures[1]?.label).toBe('xã đạt chuẩn');
  });

  it('leaves out "một", set phrases, days, names and orders', () => {
    for (const text of [
      'Một số hộ còn khó khăn. Đây là một trong những xã nghèo nhất.',
      'Cán bộ thực hiện "ba cùng" với dân; phong trào "hai không" được hưởng ứng.',
      'Thứ hai tuần này, đoàn về huyện Ba Chẽ. Lần thứ ba đoàn trở lại.',
      'Tháng ba năm nay, anh Ba về thăm bản.',
    ]) {
      expect(extractFigures(text).filter((figure) => figure.kind === 'count')).toEqual([]);
    }
  });
});

describe('one figure per quantity', () => {
  it('merges a figure given in the title, the lead and the body', () => {
    const text =
      'Lai Châu đón 3,2 triệu lượt khách\n\n(BLC) - Năm 2025, toàn tỉnh đón 3,2 triệu lượt khách, tăng 20%.\n\nDu lịch phát triển mạnh: cả năm đón 3,2 triệu lượt khách.';
    const visits = extractFigures(text).filter((figure) => figure.text === '3,2 triệu');
    expect(visits).toHaveLength(1);
    const [figure] = visits as [Figure];
    expect(figure.mentions).toBe(3);
    expect(figure.at).toHaveLength(3);
    expect(figure.at[0]).toEqual({ start: figure.start, end: figure.end });
    for (const span of figure.at) expect(text.slice(span.start, span.end)).toBe('3,2 triệu');
    expect(figure.lead).toBe(true);
  });

  it('keeps figures apart when their labels differ', () => {
    const text = 'Xã có 12 thôn và 12 trường học.';
    expect(texts(text)).toEqual(['12', '12']);
  });
});
