// A date input that always shows dd/mm/yyyy: a text field, not <input type=date>, whose display
// follows the browser's language (mm/dd/yyyy in an English Chrome). What cannot be a date is said
// below the field, and the last good date stays in use.
import { Field, Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { formatDateVi } from "../../core/time";
import { dateOfText } from "../view/date-text";

export interface DateFieldProps {
  label: string;
  hint?: string;
  /** YYYY-MM-DD. */
  value: string;
  disabled?: boolean;
  testId: string;
  onChange: (iso: string) => void;
}

export function DateField({ label, hint, value, disabled, testId, onChange }: DateFieldProps) {
  const [text, setText] = useState(() => formatDateVi(value));
  const [problem, setProblem] = useState<string | null>(null);
  // a date set from elsewhere (the settings, another tab) is shown the Vietnamese way
  useEffect(() => {
    setText((shown) => {
      const read = dateOfText(shown);
      return read.ok && read.iso === value ? shown : formatDateVi(value);
    });
  }, [value]);
  return (
    <Field label={label} hint={hint} validationState={problem ? "error" : "none"} validationMessage={problem ?? undefined}>
      <Input
        value={text}
        disabled={disabled}
        placeholder="dd/mm/yyyy"
        inputMode="numeric"
        data-testid={testId}
        onChange={(_, d) => {
          setText(d.value);
          const read = dateOfText(d.value);
          setProblem(read.ok ? null : read.message);
          if (read.ok && read.iso !== value) onChange(read.iso);
        }}
        onBlur={() => {
          const read = dateOfText(text);
          if (read.ok) setText(formatDateVi(read.iso));
        }}
      />
    </Field>
  );
}
