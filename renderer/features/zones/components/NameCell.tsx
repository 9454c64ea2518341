import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface NameCellProps {
  entity: { name: string; nameZh: string };
  prefix?: ReactNode;
  style?: CSSProperties;
}

/** The row's header: the name in the UI's language first, the other language's name beneath it. */
export function NameCell({ entity, prefix, style }: NameCellProps) {
  const { i18n } = useTranslation();
  // An imported entry may have only its Chinese name: it comes first in English too.
  const chineseFirst = entity.nameZh.trim() !== '' && (i18n.language.startsWith('zh') || entity.name.trim() === '');
  const primary = chineseFirst ? entity.nameZh : entity.name;
  const secondary = chineseFirst ? entity.name : entity.nameZh;
  return (
    <th scope="row" className="table__name" style={style}>
      <span className="name-cell">
        {prefix}
        <span className="name-cell__text">
          <span className="name-cell__primary" lang={chineseFirst ? 'zh-CN' : 'en'}>
            {primary}
          </span>
          {secondary.trim() !== '' && (
            <span className="name-cell__secondary" lang={chineseFirst ? 'en' : 'zh-CN'}>
              {secondary}
            </span>
          )}
        </span>
      </span>
    </th>
  );
}
