/**
 * Paragraphs written for these tests in the way provincial papers report each section
 * (farming, budget, health, schools, tourism, floods, elections, police, poverty, roads,
 * party building, culture, traffic, courts, weather, sport, labour, investment). Every count, ratio, percentage, measure and sum is listed, and
 * nothing else (precision), each with a label that names what it counts (recall).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../src/core/figures/extract-figures.ts';

const QUANTITIES = new Set(['count', 'ratio', 'percent', 'measure', 'money']);

const SECTIONS: Array<{ name: string; text: string; figures: Array<[string, string]> }> = [
  {
    name: 'farming',
    text: 'Vụ mùa năm nay, toàn huyện gieo cấy được 3.450 ha lúa, đạt 102% kế hoạch; sản lượng lương thực ước đạt 18.600 tấn. Tổng đàn gia súc có 42.300 con, trong đó đàn trâu 15.200 con. Người dân đã trồng mới 120 ha chè, nâng diện tích chè toàn huyện lên 1.850 ha.',
    figures: [
      ['3.450 ha', 'lúa được gieo cấy'],
      ['102%', 'lúa được gieo cấy so với kế hoạch'],
      ['18.600 tấn', 'sản lượng lương thực'],
      ['42.300', 'Tổng đàn gia súc'],
      ['15.200', 'đàn trâu'],
      ['120 ha', 'chè được trồng mới'],
      ['1.850 ha', 'diện tích chè toàn huyện'],
    ],
  },
  {
    name: 'budget',
    text: 'Tính đến hết tháng 9, thu ngân sách nhà nước trên địa bàn đạt 1.845 tỷ đồng, bằng 78% dự toán, tăng 9,2% so với cùng kỳ. Chi ngân sách địa phương ước 6.120 tỷ đồng. Tỉnh đã giải ngân 2.300 tỷ đồng vốn đầu tư công, đạt 61% kế hoạch vốn giao.',
    figures: [
      ['1.845 tỷ đồng', 'thu ngân sách nhà nước trên địa bàn'],
      ['78%', 'thu ngân sách nhà nước trên địa bàn so với dự toán'],
      ['9,2%', 'thu ngân sách nhà nước trên địa bàn tăng so với cùng kỳ'],
      ['6.120 tỷ đồng', 'Chi ngân sách địa phương'],
      ['2.300 tỷ đồng', 'vốn đầu tư công được giải ngân'],
      ['61%', 'vốn đầu tư công được giải ngân so với kế hoạch vốn giao'],
    ],
  },
  {
    name: 'health',
    text: 'Trung tâm Y tế huyện đã khám cho 2.450 lượt người, trong đó điều trị nội trú 380 bệnh nhân. Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 96,5%. Toàn huyện ghi nhận 27 ca sốt xuất huyết, giảm 40% so với năm trước. Bệnh viện có 45 người là bác sĩ.',
    figures: [
      ['2.450', 'lượt người được khám'],
      ['380', 'bệnh nhân'],
      ['96,5%', 'Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ'],
      ['27', 'ca sốt xuất huyết'],
      ['40%', 'ca sốt xuất huyết giảm so với năm trước'],
      ['45', 'bác sĩ'],
    ],
  },
  {
    name: 'schools',
    text: 'Năm học 2024-2025, toàn tỉnh có 512 trường học với 186.000 học sinh. Trường Tiểu học xã Bản Lang có 38 giáo viên, 24 lớp học. Tỷ lệ học sinh tốt nghiệp THPT đạt 98,7%. Đã có 215 trường đạt chuẩn quốc gia, chiếm 42% tổng số trường.',
    figures: [
      ['512', 'trường học'],
      ['186.000', 'học sinh'],
      ['38', 'giáo viên'],
      ['24', 'lớp học'],
      ['98,7%', 'Tỷ lệ học sinh tốt nghiệp THPT'],
      ['215', 'trường đạt chuẩn quốc gia'],
      ['42%', 'trường đạt chuẩn quốc gia trong tổng số trường'],
    ],
  },
  {
    name: 'tourism',
    text: 'Trong 6 tháng đầu năm, tỉnh đón 1,2 triệu lượt khách du lịch, trong đó khách quốc tế 48.000 lượt. Tổng thu từ du lịch đạt 2.150 tỷ đồng, tăng 18% so với cùng kỳ. Toàn tỉnh có 320 cơ sở lưu trú với 4.500 buồng.',
    figures: [
      ['1,2 triệu', 'lượt khách du lịch'],
      ['48.000', 'lượt khách quốc tế'],
      ['2.150 tỷ đồng', 'Tổng thu từ du lịch'],
      ['18%', 'Tổng thu từ du lịch tăng so với cùng kỳ'],
      ['320', 'cơ sở lưu trú'],
      ['4.500', 'buồng'],
    ],
  },
  {
    name: 'floods',
    text: 'Mưa lũ trong 3 ngày qua đã làm 4 người chết, 2 người mất tích; 156 ngôi nhà bị hư hỏng, 23 căn nhà bị cuốn trôi. Khoảng 410 ha lúa và hoa màu bị ngập úng, thiệt hại ước tính 35 tỷ đồng. Lực lượng chức năng đã sơ tán 210 hộ dân đến nơi an toàn.',
    figures: [
      ['4', 'người chết'],
      ['2', 'người mất tích'],
      ['156', 'ngôi nhà bị hư hỏng'],
      ['23', 'căn nhà bị cuốn trôi'],
      ['Khoảng 410 ha', 'lúa'],
      ['35 tỷ đồng', 'thiệt hại'],
      ['210', 'hộ dân được sơ tán'],
    ],
  },
  {
    name: 'elections',
    text: 'Cuộc bầu cử có 356.000 cử tri tham gia, đạt tỷ lệ 99,8%. Toàn tỉnh bầu được 50 đại biểu HĐND tỉnh. Có 3 đơn vị bầu cử phải bầu bổ sung. Hai đồng chí được bầu bổ sung vào Ban Chấp hành.',
    figures: [
      ['356.000', 'cử tri tham gia'],
      ['99,8%', 'tỷ lệ cử tri tham gia'],
      ['50', 'đại biểu HĐND tỉnh được bầu'],
      ['3', 'đơn vị bầu cử phải bầu bổ sung'],
      ['Hai', 'đồng chí được bầu bổ sung vào Ban Chấp hành'],
    ],
  },
  {
    name: 'police',
    text: 'Công an tỉnh đã phát hiện, bắt giữ 45 vụ với 67 đối tượng mua bán trái phép chất ma túy, thu giữ 12 bánh heroin và 3.500 viên ma túy tổng hợp. Xử phạt vi phạm hành chính 1.230 trường hợp, nộp ngân sách 2,8 tỷ đồng.',
    figures: [
      ['45', 'vụ được phát hiện, bắt giữ'],
      ['67', 'đối tượng mua bán trái phép chất ma túy'],
      ['12', 'bánh heroin được thu giữ'],
      ['3.500', 'viên ma túy tổng hợp'],
      ['1.230', 'trường hợp xử phạt vi phạm hành chính'],
      ['2,8 tỷ đồng', 'nộp ngân sách'],
    ],
  },
  {
    name: 'poverty',
    text: 'Sau 4 năm triển khai chương trình, tỷ lệ hộ nghèo giảm từ 28% xuống còn 14,6%, bình quân mỗi năm giảm 3,3%. Năm 2025, huyện phấn đấu giảm thêm 450 hộ nghèo. Thu nhập bình quân đầu người đạt 42 triệu đồng/năm. Ba xã đạt chuẩn nông thôn mới. Một số hộ còn khó khăn.',
    figures: [
      ['28%', 'tỷ lệ hộ nghèo'],
      ['14,6%', 'tỷ lệ hộ nghèo'],
      ['3,3%', 'tỷ lệ hộ nghèo giảm bình quân mỗi năm'],
      ['450', 'hộ nghèo'],
      ['42 triệu đồng/năm', 'Thu nhập bình quân đầu người'],
      ['Ba', 'xã đạt chuẩn nông thôn mới'],
    ],
  },
  {
    name: 'roads',
    text: 'Dự án có tổng mức đầu tư 1.250 tỷ đồng, dài 32,5 km, đi qua 5 xã. Đến nay, đã giải phóng mặt bằng được 28 km, đạt 86%. Nhà thầu huy động 150 máy móc, thiết bị và 420 công nhân thi công.',
    figures: [
      ['1.250 tỷ đồng', 'tổng mức đầu tư'],
      ['32,5 km', 'Dự án dài'],
      ['5', 'xã'],
      ['28 km', 'giải phóng mặt bằng'],
      ['86%', 'giải phóng mặt bằng'],
      ['150', 'máy móc được huy động'],
      ['420', 'công nhân thi công'],
    ],
  },
  {
    name: 'party',
    text: 'Đảng bộ xã có 15 chi bộ với 386 đảng viên. Trong năm, đã kết nạp 12 đảng viên mới. Có 95% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ. Đồng chí Lò Văn Tiến, Bí thư Đảng ủy xã cho biết 100% chi bộ đã tổ chức sinh hoạt chuyên đề.',
    figures: [
      ['15', 'chi bộ'],
      ['386', 'đảng viên'],
      ['12', 'đảng viên mới được kết nạp'],
      ['95%', 'tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ'],
      ['100%', 'chi bộ tổ chức sinh hoạt chuyên đề'],
    ],
  },
  {
    name: 'culture',
    text: 'Huyện tổ chức 130 buổi tuyên truyền với hơn 9.000 lượt người tham dự. Toàn huyện có 98 đội văn nghệ quần chúng, 64 nhà văn hóa thôn bản. Lễ hội thu hút khoảng 20.000 lượt khách.',
    figures: [
      ['130', 'buổi tuyên truyền được tổ chức'],
      ['hơn 9.000', 'lượt người tham dự'],
      ['98', 'đội văn nghệ quần chúng'],
      ['64', 'nhà văn hóa thôn bản'],
      ['khoảng 20.000', 'lượt khách được thu hút'],
    ],
  },
  {
    name: 'traffic',
    text: 'Trong tháng 11, trên địa bàn tỉnh xảy ra 9 vụ tai nạn giao thông, làm chết 5 người, bị thương 7 người. So với cùng kỳ, giảm 2 vụ, giảm 1 người chết. Lực lượng cảnh sát giao thông đã xử lý 1.450 trường hợp vi phạm, phạt tiền gần 1,9 tỷ đồng, tạm giữ 210 xe mô tô.',
    figures: [
      ['9', 'vụ tai nạn giao thông'],
      ['5', 'người chết'],
      ['7', 'người bị thương'],
      ['2', 'vụ tai nạn giao thông giảm'],
      ['1', 'người chết giảm'],
      ['1.450', 'trường hợp vi phạm được xử lý'],
      ['gần 1,9 tỷ đồng', 'phạt tiền'],
      ['210', 'xe mô tô'],
    ],
  },
  {
    name: 'court',
    text: 'Tòa án nhân dân tỉnh đã thụ lý 1.120 vụ án các loại, giải quyết 1.056 vụ, đạt tỷ lệ 94,3%. Viện Kiểm sát đã ban hành 35 kiến nghị phòng ngừa vi phạm.',
    figures: [
      ['1.120', 'vụ án các loại'],
      ['1.056', 'vụ được giải quyết'],
      ['94,3%', 'tỷ lệ vụ được giải quyết'],
      ['35', 'kiến nghị phòng ngừa vi phạm'],
    ],
  },
  {
    name: 'weather',
    text: 'Đợt rét đậm, rét hại kéo dài 10 ngày khiến 320 con gia súc bị chết. Nhiệt độ tại Sìn Hồ có lúc xuống dưới 2 độ C.',
    figures: [
      ['320', 'con gia súc bị chết'],
      ['dưới 2 độ C', 'Nhiệt độ tại Sìn Hồ có lúc xuống'],
    ],
  },
  {
    name: 'sport',
    text: 'Giải chạy việt dã thu hút 1.500 vận động viên đến từ 20 tỉnh, thành phố tham gia. Tổng giá trị giải thưởng hơn 500 triệu đồng.',
    figures: [
      ['1.500', 'vận động viên được thu hút'],
      ['20', 'tỉnh, thành phố tham gia'],
      ['hơn 500 triệu đồng', 'Tổng giá trị giải thưởng'],
    ],
  },
  {
    name: 'labour',
    text: 'Năm 2025, toàn tỉnh giải quyết việc làm cho 9.200 lao động, đạt 115% kế hoạch; đưa 450 người đi làm việc ở nước ngoài theo hợp đồng. Tỷ lệ lao động qua đào tạo đạt 58%.',
    figures: [
      ['9.200', 'lao động được giải quyết việc làm'],
      ['115%', 'lao động được giải quyết việc làm so với kế hoạch'],
      ['450', 'người đi làm việc ở nước ngoài'],
      ['58%', 'Tỷ lệ lao động qua đào tạo'],
    ],
  },
  {
    name: 'invest',
    text: 'Từ đầu năm đến nay, tỉnh đã cấp mới giấy chứng nhận đăng ký đầu tư cho 14 dự án với tổng vốn đăng ký 6.700 tỷ đồng. Có 230 doanh nghiệp thành lập mới, tổng vốn điều lệ 1.480 tỷ đồng.',
    figures: [
      ['14', 'dự án được đầu tư'],
      ['6.700 tỷ đồng', 'tổng vốn đăng ký'],
      ['230', 'doanh nghiệp thành lập mới'],
      ['1.480 tỷ đồng', 'tổng vốn điều lệ'],
    ],
  },
];

describe('key figures of news paragraphs from every section', () => {
  it.each(SECTIONS)('$name: every quantity, each named by what it counts', ({ text, figures }) => {
    const found = extractFigures(text)
      .filter((figure) => QUANTITIES.has(figure.kind))
      .map((figure) => [figure.text, figure.label]);
    expect(found).toEqual(figures);
  });

  it('lists no span of time and no speaker among them', () => {
    for (const { text } of SECTIONS) {
      for (const figure of extractFigures(text)) {
        if (!QUANTITIES.has(figure.kind)) continue;
        expect(figure.label).not.toMatch(/^(?:tháng|năm|ngày)\b/u);
        expect(figure.label).not.toMatch(/^(?:Ông|Bà|Đồng chí|Giám đốc|Chủ tịch|Bí thư)\s\p{Lu}/u);
      }
    }
  });
});
