/**
 * Word lists the figure rules rely on, written in plain Vietnamese and compared by
 * syllable key. They describe how the language builds phrases around numbers (function
 * words that close a noun phrase, verbs whose object a number can be, words that turn a
 * number into a name or a reference), not any one article.
 */

import { keySet } from './syllable-key.ts';

/** Words written directly before a number to qualify it: kept in the figure's text. */
export const APPROXIMATORS = keySet([
  'trên', 'gần', 'hơn', 'khoảng', 'chừng', 'xấp xỉ', 'ngót', 'dưới', 'gần như', 'lên tới', 'lên đến',
  'ít nhất', 'tối thiểu', 'tối đa', 'chưa đến', 'chưa tới', 'trên dưới',
]);

/** Words that end the noun phrase after a number: a new clause or a new complement starts. */
export const PHRASE_STOPS = keySet([
  'và', 'với', 'cho', 'để', 'nhằm', 'hoặc', 'hay', 'nhưng', 'song', 'mà', 'thì', 'là', 'đã', 'đang', 'sẽ',
  'vẫn', 'cũng', 'đều', 'từ', 'đến', 'tới', 'theo', 'bằng', 'như', 'khi', 'nếu', 'vì', 'do', 'bởi', 'nên',
  'gồm', 'tăng', 'giảm', 'chiếm', 'so', 'cùng', 'nay', 'này', 'đó', 'kèm', 'sau', 'trước', 'qua', 'lên',
  'xuống', 'còn', 'nâng', 'đưa', 'trong đó', 'bao gồm', 'đồng thời', 'tuy nhiên', 'ngoài ra', 'so với',
  'tương đương', 'bình quân', 'góp phần', 'nhờ đó', 'trong khi', 'trong số', 'riêng', 'vượt', 'bảo đảm', 'đảm bảo',
]);

/** Compounds that start with a stop word but do not end a phrase: "cán bộ tăng cường". */
export const STOP_EXCEPTIONS = keySet([
  'tăng cường', 'tăng trưởng', 'tăng gia', 'giảm nghèo', 'giảm thiểu', 'giảm sút', 'cho vay', 'theo dõi',
  'bằng khen', 'như cũ', 'đến trường', 'qua đời', 'trước mắt', 'sau cùng', 'từ thiện', 'từ trần',
  'đó đây', 'vượt khó', 'còn lại', 'cùng kỳ', 'cùng cấp', 'qua đêm', 'sau thu hoạch',
]);

/** Words that end a phrase read backwards from a number. */
export const BACKWARD_STOPS = keySet([
  'và', 'với', 'cho', 'để', 'nhằm', 'hoặc', 'hay', 'nhưng', 'song', 'mà', 'thì', 'khi', 'nếu', 'vì', 'do',
  'nên', 'trong đó', 'đồng thời', 'ngoài ra', 'so với', 'trong khi', 'tuy nhiên', 'riêng', 'bởi',
]);

/** Words that cannot end a label: trimmed from the right. */
export const DANGLING_END = keySet([
  'của', 'ở', 'tại', 'về', 'trên', 'các', 'những', 'được', 'có', 'đã', 'vào', 'thuộc', 'trong', 'mỗi',
  'là', 'đạt', 'gồm', 'với', 'ước', 'ước tính', 'tính', 'khoảng', 'lên', 'tới', 'đến', 'còn', 'tăng', 'giảm',
  'chiếm', 'bằng', 'tổng cộng', 'hết', 'mất', 'cho', 'thêm', 'gần', 'hơn', 'chừng', 'dưới', 'xấp xỉ', 'ngót',
  'lên tới', 'lên đến', 'ước đạt', 'đạt được', 'vượt', 'tăng lên', 'giảm xuống', 'giảm còn', 'và', 'một',
  'toàn bộ', 'tất cả', 'hiện', 'hiện có', 'nay', 'này', 'đó', 'số', 'hàng', 'từ', 'trong đó',
]);

/** Words that cannot start a label: trimmed from the left. */
export const DANGLING_START = keySet(['là', 'của', 'và', 'đã', 'thì', 'còn', 'cũng', 'đều', 'mà', 'được', 'có', 'với', 'cho']);

/**
 * Verbs that take a counted object ("kết nạp 206 đảng viên"): the figure's label reads the
 * object then "được <verb>" so that it stands alone. Verbs that report a level ("đạt",
 * "tăng") are not here: their number is not an object.
 */
export const OBJECT_VERBS = keySet([
  'kết nạp', 'bồi dưỡng', 'tạo nguồn', 'củng cố', 'kiện toàn', 'thay thế', 'bổ sung', 'hỗ trợ', 'xây dựng',
  'xây mới', 'đào tạo', 'tuyển', 'tuyển dụng', 'tuyển sinh', 'tuyển chọn', 'giới thiệu', 'cấp', 'cấp phát',
  'cấp mới', 'trao', 'tặng', 'trao tặng', 'khám', 'khám bệnh', 'khám chữa bệnh', 'điều trị', 'tiêm', 'tiêm chủng',
  'trồng', 'trồng mới', 'trồng rừng', 'cứu', 'cứu hộ', 'giải cứu', 'sơ tán', 'di dời', 'di chuyển', 'bắt', 'bắt giữ',
  'thu giữ', 'tịch thu', 'xử lý', 'xử phạt', 'phạt', 'kiểm tra', 'thanh tra', 'phát hiện', 'mở', 'mở mới',
  'mở rộng', 'đầu tư', 'giải ngân', 'phân bổ', 'cho vay', 'huy động', 'thu hút', 'tiếp nhận', 'tập huấn',
  'làm mới', 'sửa chữa', 'nâng cấp', 'cải tạo', 'bê tông hóa', 'cứng hóa', 'xóa', 'xóa bỏ', 'giải quyết',
  'thu hoạch', 'bàn giao', 'khởi công', 'lắp đặt', 'tuyên dương', 'khen thưởng', 'biểu dương', 'kỷ luật',
  'hòa giải', 'cứu trợ', 'cấp giấy', 'chứng nhận', 'công nhận', 'sáp nhập', 'sắp xếp',
  'thành lập', 'bầu', 'bổ nhiệm', 'điều động', 'luân chuyển', 'tinh giản', 'đưa đi', 'giải thể', 'khoanh nuôi',
  'bảo vệ', 'chăm sóc', 'vận động', 'thăm', 'thăm hỏi', 'tặng quà', 'xuất khẩu', 'sản xuất', 'tiêu thụ',
  'thu mua', 'thành lập mới', 'phát triển', 'phát triển mới', 'kết nạp mới', 'cấp thẻ', 'mua', 'bán',
]);

/** Between an object verb and its number: "hỗ trợ cho 500 hộ", "kết nạp thêm 20 đảng viên". */
export const VERB_OBJECT_FILLERS = keySet(['cho', 'thêm', 'được', 'tổng cộng', 'tổng số', 'tổng']);

/** Verbs whose number is a level reached, used by percentages. */
export const LEVEL_VERBS = keySet(['tăng', 'giảm', 'đạt', 'chiếm', 'bằng', 'vượt', 'còn', 'lên', 'xuống']);
export const SIGNED_LEVEL_VERBS = keySet(['tăng', 'giảm', 'vượt']);

/** Nouns a percentage is measured against: "đạt 105% kế hoạch". */
export const TARGET_NOUNS = keySet(['kế hoạch', 'dự toán', 'chỉ tiêu', 'mục tiêu', 'cùng kỳ', 'nghị quyết', 'tổng số']);

/**
 * Short place and unit nouns that are listed with commas inside one noun phrase:
 * "các chi bộ thôn, bản", "cán bộ xã, bản".
 */
export const LISTABLE_NOUNS = keySet([
  'xã', 'phường', 'thị trấn', 'thôn', 'bản', 'tổ', 'khu', 'xóm', 'làng', 'buôn', 'ấp', 'huyện', 'tỉnh',
  'thành phố', 'thị xã', 'khối', 'đội', 'cụm', 'điểm', 'khóm', 'tổ dân phố', 'cơ quan', 'đơn vị', 'trường',
]);

/** Words after which a number is a reference, not a quantity: "Điều 21", "Câu 1", "số 07". */
export const REFERENCE_HEADS = keySet([
  'điều', 'khoản', 'câu', 'mục', 'chương', 'phần', 'điểm', 'bài', 'tiết', 'trang', 'phụ lục', 'số', 'tập',
  'mã', 'mã số', 'kỳ', 'hạng mục', 'biểu mẫu', 'mẫu',
]);

/** "tổng số 200 hộ" is a count although "số" precedes the number. */
export const REFERENCE_HEAD_EXCEPTIONS = keySet(['tổng số', 'với số', 'có số', 'số lượng']);

/** Words after which a number is part of a name: "Quốc lộ 4D", "Mốc 42", "Km 15". */
export const NAME_HEADS = keySet(['lộ', 'mốc', 'cột mốc', 'km', 'lô', 'thửa', 'tờ bản đồ', 'đường tỉnh', 'quốc lộ', 'tỉnh lộ']);

/**
 * Words that name a numbered unit or place when written with a capital ("Sư đoàn 316",
 * "Đồn Biên phòng 317", "Quân khu 2", "Tổ 5"), but count things in lower case
 * ("đoàn 20 người" is rare; "tổ" and "khu" are counted nouns only after the number).
 */
export const CAPITALIZED_NAME_HEADS = keySet([
  'đoàn', 'đội', 'khu', 'tổ', 'phường', 'quận', 'ấp', 'trạm', 'đồn', 'phòng', 'tuyến', 'xóm', 'bản', 'thôn',
  'khối', 'trường', 'tiểu khu', 'nhà', 'tòa', 'cổng', 'cửa khẩu', 'chốt', 'sân', 'hầm', 'lán', 'đập', 'cầu',
  'nghị quyết', 'nghị định', 'quyết định', 'chỉ thị', 'kết luận', 'thông tư', 'luật', 'công văn',
  'thông báo', 'quy định', 'hướng dẫn', 'chương trình', 'đề án', 'giải', 'lớp',
]);

/** Words that make a number a calendar date. */
export const DAY_HEADS = keySet(['ngày', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'hôm', 'rạng sáng', 'sáng sớm', 'mùng', 'mồng']);
export const MONTH_HEAD = keySet(['tháng']);
export const YEAR_HEAD = keySet(['năm']);

/** Nouns a period is attached to: "nhiệm kỳ 2015-2020", "giai đoạn 2016-2020". */
export const PERIOD_HEADS = keySet([
  'nhiệm kỳ', 'giai đoạn', 'thời kỳ', 'năm học', 'niên khóa', 'niên vụ', 'vụ', 'kế hoạch', 'chương trình',
  'đề án', 'khóa', 'mùa vụ', 'thời gian', 'những năm', 'các năm',
]);

/** Words before an ordinal number: "lần thứ 6", "khóa XII", "kỳ họp thứ 8". */
export const ORDINAL_HEADS = keySet(['thứ', 'khóa']);

/** Doc types opening a document reference, for naming what a date or period belongs to. */
export const DOCUMENT_TYPES = keySet([
  'nghị quyết', 'nghị định', 'quyết định', 'chỉ thị', 'kết luận', 'thông tư', 'luật', 'công văn', 'kế hoạch',
  'thông báo', 'quy định', 'hướng dẫn', 'chương trình', 'đề án', 'pháp lệnh', 'thông tư liên tịch', 'công điện',
  'báo cáo', 'tờ trình', 'quy chế',
]);

/** Temporal words trimmed from a date's label. */
export const TEMPORAL_WORDS = keySet([
  'ngày', 'tháng', 'năm', 'vào', 'từ', 'đến', 'tới', 'trước', 'sau', 'lúc', 'hôm', 'sáng', 'chiều', 'tối',
  'trưa', 'đêm', 'trong', 'cuối', 'đầu', 'giữa', 'hết', 'tính', 'kể', 'nay', 'là', 'rạng', 'mùng', 'mồng',
  'tính đến', 'kể từ', 'cho đến', 'đến hết', 'tại', 'ký', 'ban hành',
]);

/** Words that, followed by a comma, open a sentence with a circumstance rather than its subject. */
export const CIRCUMSTANCE_OPENERS = keySet([
  'năm', 'trong', 'tính', 'đến', 'tại', 'qua', 'sau', 'theo', 'với', 'nhờ', 'từ', 'sáng', 'chiều', 'tối',
  'trưa', 'đêm', 'ngày', 'tháng', 'hiện', 'hiện nay', 'thời gian qua', 'bên cạnh', 'đặc biệt', 'ngoài ra',
  'cùng với', 'để', 'nhằm', 'trước', 'khi', 'dự kiến', 'giai đoạn', 'nhiệm kỳ', 'đồng thời', 'riêng',
]);
