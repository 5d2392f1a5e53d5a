/**
 * Names of the abbreviations inside Vietnamese document codes.
 *
 * Sources: Hướng dẫn 36-HD/VPTW (2018) for Party documents, Nghị định 30/2020/NĐ-CP
 * (Phụ lục III) for State documents, and codes seen in published documents. A code is read
 * by position: the part before the slash in a Party code, or before the dash in a State code, is a document type; the part
 * after is an issuer. The same letters can mean different things in the two positions
 * (CT is Chỉ thị as a type but Tổng cục Chính trị as an issuer in army codes such as
 * 1617/HD-CT), which is why types and issuers live in separate tables.
 *
 * English issuer names are written to follow "the" ("of the Government").
 */

export interface Name {
  vi: string;
  en: string;
}

/** Document types, shared by Party and State codes unless noted. */
export const DOCUMENT_TYPES: ReadonlyMap<string, Name> = new Map<string, Name>([
  ['NQ', { vi: 'Nghị quyết', en: 'Resolution' }],
  ['QĐ', { vi: 'Quyết định', en: 'Decision' }],
  ['QĐi', { vi: 'Quy định', en: 'Regulation' }], // Party spelling
  ['QyĐ', { vi: 'Quy định', en: 'Regulation' }], // State spelling
  ['CT', { vi: 'Chỉ thị', en: 'Directive' }],
  ['KL', { vi: 'Kết luận', en: 'Conclusion' }],
  ['QC', { vi: 'Quy chế', en: 'Statute' }],
  ['HD', { vi: 'Hướng dẫn', en: 'Guidance' }],
  ['TB', { vi: 'Thông báo', en: 'Notice' }],
  ['TC', { vi: 'Thông cáo', en: 'Communiqué' }],
  ['KH', { vi: 'Kế hoạch', en: 'Plan' }],
  ['CTr', { vi: 'Chương trình', en: 'Programme' }],
  ['BC', { vi: 'Báo cáo', en: 'Report' }],
  ['TTr', { vi: 'Tờ trình', en: 'Submission' }],
  ['CV', { vi: 'Công văn', en: 'Official letter' }],
  ['CĐ', { vi: 'Công điện', en: 'Official telegram' }],
  ['NĐ', { vi: 'Nghị định', en: 'Decree' }],
  ['TT', { vi: 'Thông tư', en: 'Circular' }],
  ['TTLT', { vi: 'Thông tư liên tịch', en: 'Joint circular' }],
  ['NQLT', { vi: 'Nghị quyết liên tịch', en: 'Joint resolution' }],
  ['L', { vi: 'Lệnh', en: 'Order' }], // e.g. L-CTN, the President's order promulgating a law
  ['PL', { vi: 'Pháp lệnh', en: 'Ordinance' }],
  ['ĐA', { vi: 'Đề án', en: 'Scheme' }],
  ['DA', { vi: 'Dự án', en: 'Project' }],
  ['PA', { vi: 'Phương án', en: 'Option plan' }],
  ['BB', { vi: 'Biên bản', en: 'Minutes' }],
  ['GM', { vi: 'Giấy mời', en: 'Invitation' }],
]);

/** Issuers after the slash of a Party code (số-LOẠI/CƠ QUAN). */
export const PARTY_ISSUERS: ReadonlyMap<string, Name> = new Map<string, Name>([
  [
    'TW',
    {
      vi: 'Trung ương Đảng (Ban Chấp hành Trung ương, Bộ Chính trị hoặc Ban Bí thư)',
      en: 'Party Central Committee (the Central Committee, the Politburo or the Secretariat)',
    },
  ],
  [
    'TƯ',
    {
      vi: 'Trung ương Đảng (Ban Chấp hành Trung ương, Bộ Chính trị hoặc Ban Bí thư)',
      en: 'Party Central Committee (the Central Committee, the Politburo or the Secretariat)',
    },
  ],
  ['TU', { vi: 'Tỉnh ủy', en: 'Provincial Party Committee' }],
  ['HU', { vi: 'Huyện ủy', en: 'District Party Committee' }],
  ['ĐU', { vi: 'Đảng ủy', en: 'Party Committee (of a Party organisation)' }],
  ['QUTW', { vi: 'Quân ủy Trung ương', en: 'Central Military Commission' }],
  ['ĐUQSTW', { vi: 'Đảng ủy Quân sự Trung ương', en: 'Central Military Party Committee' }],
  ['BTCTW', { vi: 'Ban Tổ chức Trung ương', en: 'Central Organisation Commission' }],
  ['BTGTW', { vi: 'Ban Tuyên giáo Trung ương', en: 'Central Propaganda and Education Commission' }],
  ['BDVTW', { vi: 'Ban Dân vận Trung ương', en: 'Central Mass Mobilisation Commission' }],
  ['BNCTW', { vi: 'Ban Nội chính Trung ương', en: 'Central Internal Affairs Commission' }],
  ['BKTTW', { vi: 'Ban Kinh tế Trung ương', en: 'Central Economic Commission' }],
  ['UBKTTW', { vi: 'Ủy ban Kiểm tra Trung ương', en: 'Central Inspection Commission' }],
  ['VPTW', { vi: 'Văn phòng Trung ương Đảng', en: 'Party Central Office' }],
  ['BTCTU', { vi: 'Ban Tổ chức Tỉnh ủy', en: 'Organisation Board of the Provincial Party Committee' }],
  [
    'BTGTU',
    { vi: 'Ban Tuyên giáo Tỉnh ủy', en: 'Propaganda and Education Board of the Provincial Party Committee' },
  ],
  ['BDVTU', { vi: 'Ban Dân vận Tỉnh ủy', en: 'Mass Mobilisation Board of the Provincial Party Committee' }],
  [
    'UBKTTU',
    { vi: 'Ủy ban Kiểm tra Tỉnh ủy', en: 'Inspection Commission of the Provincial Party Committee' },
  ],
  ['VPTU', { vi: 'Văn phòng Tỉnh ủy', en: 'Office of the Provincial Party Committee' }],
]);

/** Issuers after the dash of a State code (số/năm/LOẠI-CƠ QUAN, số/LOẠI-CƠ QUAN). */
export const STATE_ISSUERS: ReadonlyMap<string, Name> = new Map<string, Name>([
  ['CP', { vi: 'Chính phủ', en: 'Government' }],
  ['TTg', { vi: 'Thủ tướng Chính phủ', en: 'Prime Minister' }],
  ['VPCP', { vi: 'Văn phòng Chính phủ', en: 'Government Office' }],
  ['HĐBT', { vi: 'Hội đồng Bộ trưởng', en: 'Council of Ministers (the Government’s name in 1981–1992)' }],
  ['QH', { vi: 'Quốc hội', en: 'National Assembly' }],
  ['UBTVQH', { vi: 'Ủy ban Thường vụ Quốc hội', en: 'Standing Committee of the National Assembly' }],
  ['CTN', { vi: 'Chủ tịch nước', en: 'State President' }],
  ['HĐND', { vi: 'Hội đồng nhân dân', en: 'People’s Council' }],
  ['UBND', { vi: 'Ủy ban nhân dân', en: 'People’s Committee' }],
  ['BQP', { vi: 'Bộ Quốc phòng', en: 'Ministry of National Defence' }],
  ['BCA', { vi: 'Bộ Công an', en: 'Ministry of Public Security' }],
  ['BNV', { vi: 'Bộ Nội vụ', en: 'Ministry of Home Affairs' }],
  ['BTC', { vi: 'Bộ Tài chính', en: 'Ministry of Finance' }],
  ['BNG', { vi: 'Bộ Ngoại giao', en: 'Ministry of Foreign Affairs' }],
  ['BTP', { vi: 'Bộ Tư pháp', en: 'Ministry of Justice' }],
  ['BYT', { vi: 'Bộ Y tế', en: 'Ministry of Health' }],
  ['BXD', { vi: 'Bộ Xây dựng', en: 'Ministry of Construction' }],
  ['BCT', { vi: 'Bộ Công Thương', en: 'Ministry of Industry and Trade' }],
  ['BKHĐT', { vi: 'Bộ Kế hoạch và Đầu tư', en: 'Ministry of Planning and Investment' }],
  ['BGDĐT', { vi: 'Bộ Giáo dục và Đào tạo', en: 'Ministry of Education and Training' }],
  [
    'BNNPTNT',
    { vi: 'Bộ Nông nghiệp và Phát triển nông thôn', en: 'Ministry of Agriculture and Rural Development' },
  ],
  ['BTNMT', { vi: 'Bộ Tài nguyên và Môi trường', en: 'Ministry of Natural Resources and Environment' }],
  [
    'BLĐTBXH',
    { vi: 'Bộ Lao động - Thương binh và Xã hội', en: 'Ministry of Labour, Invalids and Social Affairs' },
  ],
  ['BGTVT', { vi: 'Bộ Giao thông vận tải', en: 'Ministry of Transport' }],
  ['BTTTT', { vi: 'Bộ Thông tin và Truyền thông', en: 'Ministry of Information and Communications' }],
  ['BVHTTDL', { vi: 'Bộ Văn hóa, Thể thao và Du lịch', en: 'Ministry of Culture, Sports and Tourism' }],
  ['BKHCN', { vi: 'Bộ Khoa học và Công nghệ', en: 'Ministry of Science and Technology' }],
  ['UBDT', { vi: 'Ủy ban Dân tộc', en: 'Committee for Ethnic Minority Affairs' }],
  ['NHNN', { vi: 'Ngân hàng Nhà nước Việt Nam', en: 'State Bank of Vietnam' }],
  ['TTCP', { vi: 'Thanh tra Chính phủ', en: 'Government Inspectorate' }],
  ['TANDTC', { vi: 'Tòa án nhân dân tối cao', en: 'Supreme People’s Court' }],
  ['VKSNDTC', { vi: 'Viện kiểm sát nhân dân tối cao', en: 'Supreme People’s Procuracy' }],
  // Army codes: in the issuer position CT is the General Department of Politics.
  [
    'CT',
    {
      vi: 'Tổng cục Chính trị (Quân đội nhân dân)',
      en: 'General Department of Politics of the People’s Army',
    },
  ],
  [
    'TCCT',
    {
      vi: 'Tổng cục Chính trị (Quân đội nhân dân)',
      en: 'General Department of Politics of the People’s Army',
    },
  ],
  ['BTTM', { vi: 'Bộ Tổng Tham mưu', en: 'General Staff of the People’s Army' }],
]);

/** Issuers that carry the legislature's term number (QH14, UBTVQH15). */
const TERM_NUMBERED = /^(QH|UBTVQH)(\d{1,2})$/;

/** The name of a single issuer abbreviation in the given system, or undefined when unknown. */
export function issuerNameOf(issuer: string, system: 'party' | 'state'): Name | undefined {
  const table = system === 'party' ? PARTY_ISSUERS : STATE_ISSUERS;
  const direct = table.get(issuer);
  if (direct !== undefined) return direct;
  if (system === 'state') {
    const termed = TERM_NUMBERED.exec(issuer);
    if (termed !== null) {
      const base = STATE_ISSUERS.get(termed[1] ?? '');
      const term = Number(termed[2]);
      if (base !== undefined) {
        return { vi: `${base.vi} khóa ${term}`, en: `${base.en} (${ordinal(term)} legislature)` };
      }
    }
  }
  return undefined;
}

export function typeNameOf(type: string): Name | undefined {
  return DOCUMENT_TYPES.get(type);
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const last = n % 10;
  return `${n}${last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th'}`;
}
