import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/core/analysis-types.ts';
import { extractFigures } from '../../src/core/figures/extract-figures.ts';

/** Paragraphs written for these tests in the style of provincial news. */
const BUDGET =
  '(BLC) - Năm 2025, tổng thu ngân sách nhà nước trên địa bàn tỉnh ước đạt 3.250 tỷ đồng, tăng 12,5% so với cùng kỳ, đạt 105% kế hoạch. Toàn tỉnh đã giải ngân gần 3 tỷ đồng vốn sự nghiệp cho 1.200 hộ nghèo; mỗi hộ được hỗ trợ 15 triệu đồng để làm nhà.';
const AGRICULTURE =
  'Vụ Đông Xuân 2024-2025, huyện Tam Đường gieo cấy 2.150 ha lúa, năng suất bình quân đạt 55,2 tạ/ha; trồng mới 500 ha rừng, nâng tỷ lệ che phủ rừng lên 51,5%. Thu nhập bình quân đạt 45 triệu đồng/người/năm.';
const HEALTH =
  'Ngành Y tế đã khám sàng lọc cho hơn 500 người dân, tiêm chủng cho trên 1.200 trẻ em dưới 1 tuổi; tỷ lệ tiêm chủng đầy đủ đạt 98,5%. Trong năm, toàn tỉnh có 61.921 lượt người khám chữa bệnh.';
const BORDER =
  'Lực lượng chức năng đã bắt giữ 3 đối tượng, thu giữ 0,128kg ma túy tổng hợp. Tuyến biên giới dài 265,165km, đi qua 22/23 xã; 100% xã đạt chuẩn nông thôn mới, chiếm 85,5% tổng số xã của tỉnh. Đồn Biên phòng 317 tuần tra tại Mốc 42.';
const INFRASTRUCTURE =
  'Theo Quyết định số 1234/QĐ-UBND ngày 15/6/2024 của UBND tỉnh, dự án có tổng mức đầu tư 265,5 tỷ đồng, xây dựng 12,5 km đường giao thông nông thôn và 3.000 m2 nhà văn hóa. Sáng 3/3, tại Hội trường UBND tỉnh, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết công tác quý I/2025.';
const PARTY =
  'Toàn Đảng bộ hiện có 2.866 đảng viên, sinh hoạt tại 84 tổ/498 thành viên. Kỳ họp thứ 8, Quốc hội khóa XV đã thông qua. Tỷ lệ hộ nghèo giảm còn 8,5%. Liên hệ đường dây nóng 0912 345 678.';

function figureOf(paragraph: string, text: string): Figure {
  const found = extractFigures(paragraph).find((figure) => figure.text === text);
  expect(found, `${text} in ${paragraph.slice(0, 30)}`).toBeDefined();
  return found as Figure;
}

describe('figures in provincial news paragraphs', () => {
  it('budget: subjects, comparisons and targets', () => {
    const revenue = figureOf(BUDGET, '3.250 tỷ đồng');
    expect(revenue).toMatchObject({ kind: 'money', value: 3.25e12, unit: 'tỷ đồng' });
    expect(revenue.label).toContain('tổng thu ngân sách');
    const growth = figureOf(BUDGET, '12,5%');
    expect(growth.label).toContain('tổng thu ngân sách');
    expect(growth.label).toContain('tăng so với cùng kỳ');
    expect(figureOf(BUDGET, '105%').label).toContain('so với kế hoạch');
    expect(figureOf(BUDGET, 'gần 3 tỷ đồng').label).toContain('giải ngân');
    expect(figureOf(BUDGET, '1.200').label).toBe('hộ nghèo');
    expect(figureOf(BUDGET, '15 triệu đồng').label).toContain('mỗi hộ được hỗ trợ');
    expect(figureOf(BUDGET, 'Năm 2025').kind).toBe('date');
  });

  it('agriculture: hectares, yields, rates, income', () => {
    expect(figureOf(AGRICULTURE, '2024-2025')).toMatchObject({ kind: 'period' });
    expect(figureOf(AGRICULTURE, '2024-2025').label).toContain('Vụ Đông Xuân');
    expect(figureOf(AGRICULTURE, '2.150 ha')).toMatchObject({ kind: 'measure', label: 'lúa được gieo cấy' });
    expect(figureOf(AGRICULTURE, '55,2 tạ/ha').label).toContain('năng suất');
    expect(figureOf(AGRICULTURE, '500 ha').label).toBe('rừng được trồng mới');
    expect(figureOf(AGRICULTURE, '51,5%').label).toContain('tỷ lệ che phủ rừng');
    expect(figureOf(AGRICULTURE, '45 triệu đồng/người/năm')).toMatchObject({
      kind: 'money',
      value: 45e6,
      unit: 'triệu đồng/người/năm',
    });
    expect(figureOf(AGRICULTURE, '45 triệu đồng/người/năm').label).toContain('Thu nhập bình quân');
  });

  it('health: approximators, visits, rates; age bounds dropped', () => {
    expect(figureOf(HEALTH, 'hơn 500').label).toBe('người dân được khám sàng lọc');
    const children = figureOf(HEALTH, 'trên 1.200');
    expect(children.label).toContain('trẻ em');
    expect(children.label).toContain('được tiêm chủng');
    expect(figureOf(HEALTH, '98,5%').label).toContain('tỷ lệ tiêm chủng');
    expect(figureOf(HEALTH, '61.921')).toMatchObject({ value: 61921 });
    expect(figureOf(HEALTH, '61.921').label).toContain('lượt người');
    expect(
      extractFigures(HEALTH).some((figure) => figure.text.includes('1 tuổi') || figure.text === 'dưới 1'),
    ).toBe(false);
  });

  it('border: seizures, lengths, ratios, shares; landmarks are names', () => {
    expect(figureOf(BORDER, '3').label).toBe('đối tượng được bắt giữ');
    expect(figureOf(BORDER, '0,128kg').label).toContain('ma túy tổng hợp được thu giữ');
    expect(figureOf(BORDER, '265,165km').label).toContain('Tuyến biên giới');
    expect(figureOf(BORDER, '22/23').kind).toBe('ratio');
    expect(figureOf(BORDER, '100%').label).toContain('xã đạt chuẩn nông thôn mới');
    expect(figureOf(BORDER, '85,5%').label).toContain('tổng số xã');
    const texts = extractFigures(BORDER).map((figure) => figure.text);
    expect(texts).not.toContain('317');
    expect(texts).not.toContain('42');
  });

  it('infrastructure: document dates, investment, roads, event dates', () => {
    expect(figureOf(INFRASTRUCTURE, 'ngày 15/6/2024').label).toBe('Quyết định số 1234/QĐ-UBND');
    expect(figureOf(INFRASTRUCTURE, '265,5 tỷ đồng').label).toContain('tổng mức đầu tư');
    expect(figureOf(INFRASTRUCTURE, '12,5 km').label).toContain('đường giao thông nông thôn được xây dựng');
    expect(figureOf(INFRASTRUCTURE, '3.000 m2').label).toContain('nhà văn hóa');
    expect(figureOf(INFRASTRUCTURE, 'Sáng 3/3').label).toContain('Ban Thường vụ Tỉnh ủy tổ chức hội nghị');
    expect(figureOf(INFRASTRUCTURE, 'quý I/2025')).toMatchObject({ kind: 'period', values: [1, 2025] });
    expect(extractFigures(INFRASTRUCTURE).some((figure) => figure.text.includes('1234'))).toBe(false);
  });

  it('party building: members, pairs, ordinals, rates; no hotline', () => {
    expect(figureOf(PARTY, '2.866')).toMatchObject({ kind: 'count', value: 2866, label: 'đảng viên' });
    expect(figureOf(PARTY, '84').label).toBe('tổ');
    expect(figureOf(PARTY, '498').label).toBe('thành viên');
    expect(figureOf(PARTY, 'thứ 8')).toMatchObject({ kind: 'ordinal', value: null, values: [8] });
    expect(figureOf(PARTY, 'khóa XV').label).toContain('Quốc hội');
    expect(figureOf(PARTY, '8,5%').label).toBe('Tỷ lệ hộ nghèo');
    expect(extractFigures(PARTY).some((figure) => figure.text.includes('0912'))).toBe(false);
  });

  it('gives every figure an exact slice, a label and its sentence', () => {
    for (const paragraph of [BUDGET, AGRICULTURE, HEALTH, BORDER, INFRASTRUCTURE, PARTY]) {
      for (const figure of extractFigures(paragraph)) {
        expect(paragraph.slice(figure.start, figure.end)).toBe(figure.text);
        expect(figure.label.trim().length).toBeGreaterThan(0);
        expect(figure.sentence).toContain(figure.text);
      }
    }
  });
});
