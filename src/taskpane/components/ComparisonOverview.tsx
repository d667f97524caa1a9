// "So sánh với kỳ {trước}" under the summary: the indicators that moved most, the units whose own
// figures jumped (to check with them before the report goes up), and what could not be compared.
// The whole comparison is the summary's "SoSanh" sheet and the Word report's sentences.
import { Body1Strong, MessageBar, MessageBarBody, MessageBarTitle, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles } from "@fluentui/react-components";
import type { ComparisonView } from "../view/comparison-view";

const useStyles = makeStyles({
  box: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", rowGap: "6px" },
  list: { margin: 0, paddingLeft: "18px" },
  // Fluent's cells lay their content out as flex rows: the end of the row is the right edge
  // a change "+31 (+221,4 %)" may wrap at its space: a narrow pane must never scroll sideways
  number: { justifyContent: "flex-end", textAlign: "right" },
});

export function ComparisonOverview({ view }: { view: ComparisonView }) {
  const styles = useStyles();
  return (
    <div className={styles.box} data-testid="comparison">
      <Body1Strong>So sánh với kỳ {view.previousPeriod}</Body1Strong>
      {view.outliers.length > 0 ? (
        <MessageBar intent="warning" data-testid="comparison-outliers">
          <MessageBarBody>
            <MessageBarTitle>{view.outlierCount} số liệu thay đổi bất thường so với kỳ trước</MessageBarTitle>
            <ul className={styles.list}>
              {view.outliers.map((o, i) => (
                <li key={`${o.unit}-${i}`} data-unit={o.unit}>
                  {o.unitName}: {o.message}.
                </li>
              ))}
            </ul>
            {view.outlierCount > view.outliers.length ? (
              <Text data-testid="comparison-outliers-more">
                … và {view.outlierCount - view.outliers.length} số liệu khác: đủ cả trong cảnh báo của từng đơn vị ở thẻ “Tình hình nộp” và trong bảng tổng hợp.
              </Text>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Text>Không đơn vị nào có số liệu thay đổi bất thường so với kỳ trước.</Text>
      )}
      {view.lines.length > 0 ? (
        <Table size="extra-small" aria-label="Các chỉ tiêu thay đổi nhiều nhất" data-testid="comparison-table">
          <TableHeader>
            <TableRow>
              {/* the label column takes what the three figures leave (Fluent's table shares widths equally) */}
              <TableHeaderCell style={{ width: "40%" }}>Chỉ tiêu</TableHeaderCell>
              <TableHeaderCell className={styles.number}>Kỳ này</TableHeaderCell>
              <TableHeaderCell className={styles.number}>Kỳ trước</TableHeaderCell>
              <TableHeaderCell className={styles.number}>Thay đổi</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {view.lines.map((l) => (
              <TableRow key={l.code} data-code={l.code}>
                <TableCell title={l.label}>
                  {l.code}: {l.label}
                </TableCell>
                <TableCell className={styles.number}>{l.now}</TableCell>
                <TableCell className={styles.number}>{l.before}</TableCell>
                <TableCell className={styles.number}>{l.changePct ? `${l.change} (${l.changePct})` : l.change}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <Text>Không chỉ tiêu nào thay đổi so với kỳ trước.</Text>
      )}
      <Text size={200}>
        {view.lines.length < view.compared ? `${view.lines.length} trong ${view.compared} chỉ tiêu so sánh được, thay đổi nhiều nhất trước; ` : `${view.compared} chỉ tiêu so sánh được; `}
        đủ cả trong trang “SoSanh” của bảng tổng hợp.
      </Text>
      {view.notes.length > 0 ? (
        <ul className={styles.list} data-testid="comparison-notes">
          {view.notes.map((n) => (
            <li key={n}>
              <Text size={200}>{n}.</Text>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
