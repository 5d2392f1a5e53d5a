/**
 * Names of the abbreviations inside Vietnamese document codes.
 *
 * Sources: Hướng dẫn 36-HD/VPTW (2018) for Party documents, Nghị định 30/2020/NĐ-CP
 * (Phụ lục III) for State documents, and codes seen in published documents. A code is read
 * by position: the part before the slash in a Party code, or before the dash in a State code, is a
 * document type; the part after is an issuer. The same letters can mean different things in the
 * two positions (CT is Chỉ thị as a type, but an issuer in army codes such as 1617/HD-CT and in
 * tax codes of 2025 such as 1378/QĐ-CT), which is why types and issuers live in separate tables.
 * Where one issuer abbreviation has several readings, its name says so rather than pick one.
 * Bodies merged or dissolved in the 2025 reorganisation keep their name, with what became of
 * them, since older documents still cite them.
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
  ['QĐi', { vi: 'Quy định', en: 'Regulation' }], // Party spelling until about 2019
  ['QyĐ', { vi: 'Quy định', en: 'Regulation' }], // State spelling
  ['CT', { vi: 'Chỉ thị', en: 'Directive' }],
  ['KL', { vi: 'Kết luận', en: 'Conclusion' }],
  ['QC', { vi: 'Quy chế', en: 'Regulations' }],
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
  ['PA', { vi: 'Phương án', en: 'Plan or proposal' }],
  ['BB', { vi: 'Biên bản', en: 'Minutes' }],
  ['GM', { vi: 'Giấy mời', en: 'Invitation' }],
]);

/**
 * Types whose letters mean more in a Party code: the Party writes its regulations QĐ as well
 * as its decisions (294-QĐ/TW of 2025 is a Quy định), so QĐ/TW cannot tell them apart.
 */
const PARTY_TYPES: ReadonlyMap<string, Name> = new Map<string, Name>([
  ['QĐ', { vi: 'Quyết định hoặc Quy định', en: 'Decision or regulation' }],
]);

/**
 * What a State code with a year and no type letters is (55/2014/QH13): the National
 * Assembly numbers its laws and its normative resolutions this way, the Standing Committee
 * its ordinances and resolutions.
 */
const TYPELESS_WITH_YEAR: ReadonlyMap<string, Name> = new Map<string, Name>([
  ['QH', { vi: 'Luật hoặc nghị quyết', en: 'Law or resolution' }],
  ['UBTVQH', { vi: 'Pháp lệnh hoặc nghị quyết', en: 'Ordinance or resolution' }],
]);

const PARTY_CENTRE: Name = {
  vi: 'Trung ương Đảng (Ban Chấp hành Trung ương, Bộ Chính trị hoặc Ban Bí thư)',
  en: 'Party Centre (the Central Committee, the Politburo or the Secretariat)',
};

const MERGED_INTO_BTGDV_TW: Name = {
  vi: 'năm 2025 hợp nhất vào Ban Tuyên giáo và Dân vận Trung ương',
  en: 'merged into the Central Propaganda and Mass Mobilisation Commission in 2025',
};
const MERGED_INTO_BTGDV_TU: Name = {
  vi: 'năm 2025 hợp nhất vào Ban Tuyên giáo và Dân vận Tỉnh ủy',
  en: 'merged into the Provincial Propaganda and Mass Mobilisation Board in 2025',
};

const TO_AGRICULTURE_AND_ENVIRONMENT: Name = {
  vi: 'năm 2025 hợp nhất thành Bộ Nông nghiệp và Môi trường',
  en: 'merged into the Ministry of Agriculture and Environment in 2025',
};

/** A name with what became of the body in 2025. */
function until2025(name: Name, fate: Name): Name {
  return { vi: `${name.vi} (${fate.vi})`, en: `${name.en} (${fate.en})` };
}

/** Issuers after the slash of a Party code (số-LOẠI/CƠ QUAN). */
export const PARTY_ISSUERS: ReadonlyMap<string, Name> = new Map<string, Name>([
  ['TW', PARTY_CENTRE],
  ['TƯ', PARTY_CENTRE],
  ['TU', { vi: 'Tỉnh ủy', en: 'Provincial Party Committee' }],
  ['HU', { vi: 'Huyện ủy', en: 'District Party Committee' }],
  ['ĐU', { vi: 'Đảng ủy', en: 'Party Committee (of a Party organisation)' }],
  ['ĐUK', { vi: 'Đảng ủy Khối', en: 'Party Committee of a bloc of agencies or enterprises' }],
  ['BCSĐ', { vi: 'Ban cán sự đảng', en: 'Party board (the Party’s leading group in a State body)' }],
  ['ĐĐ', { vi: 'Đảng đoàn', en: 'Party caucus (in a council, the Front or a mass organisation)' }],
  ['QUTW', { vi: 'Quân ủy Trung ương', en: 'Central Military Commission' }],
  ['ĐUQSTW', { vi: 'Đảng ủy Quân sự Trung ương', en: 'Central Military Party Committee' }],
  ['BTCTW', { vi: 'Ban Tổ chức Trung ương', en: 'Central Organisation Commission' }],
  [
    'BTGTW',
    until2025(
      { vi: 'Ban Tuyên giáo Trung ương', en: 'Central Propaganda and Education Commission' },
      MERGED_INTO_BTGDV_TW,
    ),
  ],
  [
    'BDVTW',
    until2025(
      { vi: 'Ban Dân vận Trung ương', en: 'Central Mass Mobilisation Commission' },
      MERGED_INTO_BTGDV_TW,
    ),
  ],
  [
    'BTGDVTW',
    {
      vi: 'Ban Tuyên giáo và Dân vận Trung ương (hợp nhất năm 2025)',
      en: 'Central Propaganda and Mass Mobilisation Commission (merged in 2025)',
    },
  ],
  ['BNCTW', { vi: 'Ban Nội chính Trung ương', en: 'Central Internal Affairs Commission' }],
  [
    'BKTTW',
    until2025(
      { vi: 'Ban Kinh tế Trung ương', en: 'Central Economic Commission' },
      { vi: 'kết thúc hoạt động năm 2025', en: 'dissolved in 2025' },
    ),
  ],
  ['BCSCLTW', { vi: 'Ban Chính sách, chiến lược Trung ương', en: 'Central Policy and Strategy Commission' }],
  ['UBKTTW', { vi: 'Ủy ban Kiểm tra Trung ương', en: 'Central Inspection Commission' }],
  ['VPTW', { vi: 'Văn phòng Trung ương Đảng', en: 'Party Central Office' }],
  ['BTCTU', { vi: 'Ban Tổ chức Tỉnh ủy', en: 'Organisation Board of the Provincial Party Committee' }],
  [
    'BTGTU',
    until2025(
      {
        vi: 'Ban Tuyên giáo Tỉnh ủy',
        en: 'Propaganda and Education Board of the Provincial Party Committee',
      },
      MERGED_INTO_BTGDV_TU,
    ),
  ],
  [
    'BDVTU',
    until2025(
      { vi: 'Ban Dân vận Tỉnh ủy', en: 'Mass Mobilisation Board of the Provincial Party Committee' },
      MERGED_INTO_BTGDV_TU,
    ),
  ],
  [
    'BTGDVTU',
    {
      vi: 'Ban Tuyên giáo và Dân vận Tỉnh ủy (hợp nhất năm 2025)',
      en: 'Propaganda and Mass Mobilisation Board of the Provincial Party Committee (merged in 2025)',
    },
  ],
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
  ['ĐĐBQH', { vi: 'Đoàn đại biểu Quốc hội', en: 'National Assembly delegation (of a province)' }],
  // Seen in both readings; the letters alone do not say which.
  [
    'ĐĐ',
    {
      vi: 'Đoàn đại biểu (Quốc hội) hoặc Đảng đoàn',
      en: 'delegation (of National Assembly deputies) or the Party caucus',
    },
  ],
  ['HĐBCQG', { vi: 'Hội đồng Bầu cử quốc gia', en: 'National Election Council' }],
  ['CTN', { vi: 'Chủ tịch nước', en: 'State President' }],
  ['HĐND', { vi: 'Hội đồng nhân dân', en: 'People’s Council' }],
  ['UBND', { vi: 'Ủy ban nhân dân', en: 'People’s Committee' }],
  ['MTTQ', { vi: 'Ủy ban Mặt trận Tổ quốc Việt Nam', en: 'Committee of the Vietnam Fatherland Front' }],
  ['BQP', { vi: 'Bộ Quốc phòng', en: 'Ministry of National Defence' }],
  ['BCA', { vi: 'Bộ Công an', en: 'Ministry of Public Security' }],
  ['BNV', { vi: 'Bộ Nội vụ', en: 'Ministry of Home Affairs' }],
  ['BTC', { vi: 'Bộ Tài chính', en: 'Ministry of Finance' }],
  ['BNG', { vi: 'Bộ Ngoại giao', en: 'Ministry of Foreign Affairs' }],
  ['BTP', { vi: 'Bộ Tư pháp', en: 'Ministry of Justice' }],
  ['BYT', { vi: 'Bộ Y tế', en: 'Ministry of Health' }],
  ['BXD', { vi: 'Bộ Xây dựng', en: 'Ministry of Construction' }],
  ['BCT', { vi: 'Bộ Công Thương', en: 'Ministry of Industry and Trade' }],
  ['BGDĐT', { vi: 'Bộ Giáo dục và Đào tạo', en: 'Ministry of Education and Training' }],
  ['BKHCN', { vi: 'Bộ Khoa học và Công nghệ', en: 'Ministry of Science and Technology' }],
  ['BVHTTDL', { vi: 'Bộ Văn hóa, Thể thao và Du lịch', en: 'Ministry of Culture, Sports and Tourism' }],
  ['BNNMT', { vi: 'Bộ Nông nghiệp và Môi trường', en: 'Ministry of Agriculture and Environment' }],
  ['BDTTG', { vi: 'Bộ Dân tộc và Tôn giáo', en: 'Ministry of Ethnic and Religious Affairs' }],
  [
    'BKHĐT',
    until2025(
      { vi: 'Bộ Kế hoạch và Đầu tư', en: 'Ministry of Planning and Investment' },
      { vi: 'năm 2025 hợp nhất vào Bộ Tài chính', en: 'merged into the Ministry of Finance in 2025' },
    ),
  ],
  [
    'BNNPTNT',
    until2025(
      { vi: 'Bộ Nông nghiệp và Phát triển nông thôn', en: 'Ministry of Agriculture and Rural Development' },
      TO_AGRICULTURE_AND_ENVIRONMENT,
    ),
  ],
  [
    'BTNMT',
    until2025(
      { vi: 'Bộ Tài nguyên và Môi trường', en: 'Ministry of Natural Resources and Environment' },
      TO_AGRICULTURE_AND_ENVIRONMENT,
    ),
  ],
  [
    'BLĐTBXH',
    until2025(
      { vi: 'Bộ Lao động - Thương binh và Xã hội', en: 'Ministry of Labour, Invalids and Social Affairs' },
      {
        vi: 'giải thể năm 2025, phần lớn việc chuyển về Bộ Nội vụ',
        en: 'dissolved in 2025, most of its work passed to the Ministry of Home Affairs',
      },
    ),
  ],
  [
    'BGTVT',
    until2025(
      { vi: 'Bộ Giao thông vận tải', en: 'Ministry of Transport' },
      { vi: 'năm 2025 hợp nhất vào Bộ Xây dựng', en: 'merged into the Ministry of Construction in 2025' },
    ),
  ],
  [
    'BTTTT',
    until2025(
      { vi: 'Bộ Thông tin và Truyền thông', en: 'Ministry of Information and Communications' },
      {
        vi: 'năm 2025 hợp nhất vào Bộ Khoa học và Công nghệ',
        en: 'merged into the Ministry of Science and Technology in 2025',
      },
    ),
  ],
  [
    'UBDT',
    until2025(
      { vi: 'Ủy ban Dân tộc', en: 'Committee for Ethnic Minority Affairs' },
      {
        vi: 'giải thể năm 2025, việc chuyển về Bộ Dân tộc và Tôn giáo',
        en: 'dissolved in 2025, its work passed to the Ministry of Ethnic and Religious Affairs',
      },
    ),
  ],
  ['NHNN', { vi: 'Ngân hàng Nhà nước Việt Nam', en: 'State Bank of Vietnam' }],
  ['TTCP', { vi: 'Thanh tra Chính phủ', en: 'Government Inspectorate' }],
  ['TANDTC', { vi: 'Tòa án nhân dân tối cao', en: 'Supreme People’s Court' }],
  ['VKSNDTC', { vi: 'Viện kiểm sát nhân dân tối cao', en: 'Supreme People’s Procuracy' }],
  // Army codes use CT for the General Department of Politics (1617/HD-CT); tax documents of
  // 2025 use it for the Tax Department (1378/QĐ-CT). The code alone cannot tell which.
  [
    'CT',
    {
      vi: 'Tổng cục Chính trị Quân đội nhân dân (văn bản quân đội) hoặc Cục Thuế (văn bản thuế từ năm 2025)',
      en: 'General Department of Politics of the People’s Army (in army documents) or the Tax Department (in tax documents from 2025)',
    },
  ],
  [
    'TCCT',
    {
      vi: 'Tổng cục Chính trị (Quân đội nhân dân)',
      en: 'General Department of Politics of the People’s Army',
    },
  ],
  [
    'TCT',
    until2025(
      { vi: 'Tổng cục Thuế', en: 'General Department of Taxation' },
      { vi: 'từ năm 2025 là Cục Thuế', en: 'the Tax Department from 2025' },
    ),
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

/** The name of a type abbreviation, read as the given system writes it. */
export function typeNameOf(type: string, system: 'party' | 'state' = 'state'): Name | undefined {
  return (system === 'party' ? PARTY_TYPES.get(type) : undefined) ?? DOCUMENT_TYPES.get(type);
}

/** What a State code with a year but no type letters is, from its issuer (55/2014/QH13). */
export function typelessTypeNameOf(issuer: string): Name | undefined {
  return TYPELESS_WITH_YEAR.get(issuer.replace(/\d+$/, ''));
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const last = n % 10;
  return `${n}${last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th'}`;
}
