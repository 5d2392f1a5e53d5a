/** Written forms that the first acceptance article uses and the glossary must know. */
export const REQUIRED_TERMS = [
  // party bodies, people and documents
  'Tỉnh ủy',
  'Huyện ủy',
  'Đảng ủy',
  'cấp ủy',
  'Bí thư',
  'Phó Bí thư',
  'chi bộ',
  'đảng viên',
  'quần chúng ưu tú',
  'hệ thống chính trị cơ sở',
  'Ban Chấp hành Đảng bộ tỉnh',
  'Ban Chấp hành Trung ương Đảng khóa XII',
  'Hội nghị lần thứ 6, Ban Chấp hành Trung ương Đảng khóa XII',
  'Đại hội Đảng bộ tỉnh lần thứ XIII',
  'Nghị quyết số 07-NQ/TU',
  'Nghị quyết số 18-NQ/TW',
  // state
  'UBND',
  'HĐND',
  // ranks and titles
  'Chính ủy',
  'Đại tá',
  // army and border guard
  'BĐBP',
  'Bộ Chỉ huy BĐBP tỉnh',
  'Bộ Tư lệnh BĐBP',
  'Đồn Biên phòng Pa Vệ Sủ',
  // mass organisations
  'MTTQ',
  'tổ chức chính trị xã hội',
  // events, campaigns and concepts
  'Ngày Biên phòng toàn dân',
  'Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia trong tình hình mới',
  'thế trận biên phòng toàn dân',
  'thế trận quốc phòng toàn dân',
  'thế trận an ninh Nhân dân',
  'thế trận lòng dân',
  'nền biên phòng toàn dân',
  'đối ngoại biên phòng',
  'ngoại giao Nhân dân',
  // places
  'Mường Tè',
  // press conventions
  'BLC',
  'P.V',
] as const;
