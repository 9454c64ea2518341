/** A subject as written: the zone and the measure a figure is about (either may be absent). */
export interface Subject {
  zone: string | null;
  indicator: string | null;
}

const CJK_ZONE =
  /^(全国|全省|全市|全区|全旗|全县|全州|该区|本区|我区|该市|本市|我市|[\u4e00-\u9fff]{1,20}?(?:高新技术产业开发区|经济技术开发区|高新技术开发区|开发区|高新区|经开区|新区|工业园区|产业园区|园区|示范区|自治区|区|市|省|县|旗|州))(?=[\u4e00-\u9fff])/;
/** Words ending in 区 or 市 that name a measure, not a place. */
const NOT_ZONES = /(?:地区|城市|超市|社区|山区|市场|小区)$/;
const CJK_FILLER_START =
  /^(?:其中|另外|此外|同时|从[^，,]{0,6}看|分[^，,]{0,4}看|今年以来|年初以来|全年|累计|共|总计|实现|完成|规模以上工业中)+/;
const CJK_FILLER_END = /(?:同比|累计|实现|完成|达到|达|为|共|总计|的|增速|增幅|比上年同期|较上年同期|比上年|较上年)+$/;

/** The subject of a Chinese clause head (`稀土高新区规模以上工业增加值` → zone, indicator). */
export function chineseSubject(head: string): Subject {
  let text = head
    .replace(/[，,：:、\s]/g, '')
    .replace(CJK_FILLER_START, '')
    .replace(CJK_FILLER_END, '');
  let zone: string | null = null;
  const match = CJK_ZONE.exec(text);
  if (match && !NOT_ZONES.test(match[1]!)) {
    zone = match[1]!;
    text = text.slice(zone.length);
  } else if (/^(全国|全省|全市|全区|该区|本区)$/.test(text)) {
    return { zone: text, indicator: null };
  }
  text = text.replace(CJK_FILLER_START, '').replace(CJK_FILLER_END, '');
  return { zone, indicator: text === '' ? null : text };
}

const EN_ZONE_WORDS =
  '(?:Zone|Park|District|New Area|Area|City|city|Province|province|County|Banner|Region|region|China|nationwide|the zone|the city|the province|the district|the country|zone|park|district|city|province|country)\\b';
const EN_POSSESSIVE = new RegExp(`^(.*?\\b${EN_ZONE_WORDS}|[A-Z][\\w-]*(?: [A-Z][\\w-]*)*)[’']s (.+)$`);
const EN_ZONE_FIRST = new RegExp(
  `^(.*?\\b${EN_ZONE_WORDS})(?: (?:has|have|had|saw|posted|recorded|registered|reported|experienced|achieved|delivered|logged|showed|enjoyed)\\b.*)?$`,
);
const EN_ZONE_AFTER = new RegExp(`^(.+?) (?:in|of|at|for) ((?:the )?[^,]*?${EN_ZONE_WORDS})$`);
const EN_FILLER_START =
  /^(?:(?:while|whereas|and|but|meanwhile|moreover|in addition|also|additionally|overall|in particular|of (?:this|which|these)|among them|specifically|by contrast|similarly)\b,?\s*)+/i;
const EN_ARTICLE = /^(?:the|its|a|an)\s+/i;
const EN_FILLER_END =
  /(?:\s*(?:,|\b(?:a|an|has|have|had|was|were|is|are|also|all|both|which|that|year-(?:on|over)-year|yoy|experienced|posted|recorded|registered|saw|achieved|reported|showed|reached|totall?ed|hit|stood at|amounted to|came (?:in )?(?:to|at))\b))+\s*$/i;

/** The subject of an English clause head (`Baotou's industrial output`, `Output in the zone`). */
export function englishSubject(head: string): Subject {
  const text = tidyEnglish(head.replace(/\s*[—–]\s*[^—–]*[—–]\s*/g, ' '));
  if (text === '') return { zone: null, indicator: null };
  const possessive = EN_POSSESSIVE.exec(text);
  if (possessive) return { zone: zoneName(possessive[1]!), indicator: tidyEnglish(possessive[2]!) || null };
  const after = EN_ZONE_AFTER.exec(text);
  if (after) return { zone: zoneName(after[2]!), indicator: tidyEnglish(after[1]!) || null };
  const first = EN_ZONE_FIRST.exec(text);
  if (first) return { zone: zoneName(first[1]!), indicator: null };
  return { zone: null, indicator: text };
}

/** "the zone", "the city" keep their article: it is what names them. */
function zoneName(text: string): string {
  const tidy = tidyEnglish(text);
  return /^(?:zone|park|district|city|province|country)$/.test(tidy) ? `the ${tidy}` : tidy;
}

function tidyEnglish(text: string): string {
  let tidy = text.trim();
  for (let previous = ''; previous !== tidy;) {
    previous = tidy;
    tidy = tidy
      .replace(EN_FILLER_START, '')
      .replace(EN_ARTICLE, '')
      .replace(EN_FILLER_END, '')
      .replace(/^[,:\s]+|[,:\s]+$/g, '');
  }
  return tidy;
}
