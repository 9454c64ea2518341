import type { exportEn } from './en';

/** 导出界面的简体中文文本（命名空间 `export`）。 */
export const exportZh: typeof exportEn = {
  options: {
    title: '导出内容',
    periods: '时期',
    allPeriods: '全部时期',
    onePeriod: '单一时期',
    period: '时期',
    allPeriodsHint: 'Metrics 表包含全部时期；对比与要点显示最新一期（{{latest}}）。',
    onePeriodHint: 'Metrics 表只含该时期；对比与要点也显示该时期。',
    noPeriods: '还没有数据：工作簿中只有开发区和指标。',
    basis: '口径',
    bothBases: '两者',
    ytd: '累计',
    month: '当月',
    zones: '开发区',
    allZones: '全部开发区',
    someZones: '指定开发区',
    zonesLegend: '参与对比的开发区',
    zonesHint: '其对标区域也一并导出，文件可完整导回。',
    noZones: '请至少选择一个开发区。',
    language: '要点与对比表的语言',
    english: 'English',
    chinese: '中文',
    threshold: '连续增长门槛(同比%)',
    thresholdHint: 'streak_months 统计增速不低于该值的连续月数。',
    thresholdInvalid: '请输入 −100 到 1000 之间的数。',
  },
  contents: {
    title: '工作簿内容',
    sheets:
      '工作表：Highlights、Comparison、Metrics、Zones、Indicators、Observations、About。数值保持为数字，名称和备注保持为文本。',
    csv: 'CSV 只含 Metrics 表（UTF-8），便于其他工具使用。',
  },
  actions: {
    saveWorkbook: '保存工作簿…',
    saveCsv: '将 Metrics 保存为 CSV…',
    working: '正在生成文件…',
    reveal: '在文件夹中显示',
  },
  progress: {
    label: '导出进度',
    reading: '正在汇总数据…',
    writing: '正在写入 {{file}}…',
    count: '{{done}} / {{total}} 行',
    cancel: '取消',
  },
  filters: {
    workbook: 'Excel 工作簿',
    csv: 'CSV（UTF-8）',
  },
  result: {
    saved: '已保存 {{path}}',
    details: '共 {{metricRows}} 行指标、{{observationRows}} 条数据；对比时期为{{period}}。',
    detailsEmpty: '数据库中没有数据：文件只含开发区和指标。',
    cancelled: '未保存：保存对话框已关闭。',
    stopped: '已取消导出：未写入任何文件。',
    failed: '导出失败：{{message}}',
    revealFailed: '无法显示文件夹：{{message}}',
  },
};
