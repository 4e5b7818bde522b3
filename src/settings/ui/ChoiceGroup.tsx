import { useId } from 'preact/hooks';

export interface Choice<V extends string> {
  value: V;
  label: string;
}

/**
 * A set of radio buttons in a fieldset whose legend names the setting: the native group gives
 * arrow-key movement between choices and one tab stop, with no script of ours.
 */
export function ChoiceGroup<V extends string>(props: {
  legend: string;
  name: string;
  value: V;
  choices: readonly Choice<V>[];
  onChange: (value: V) => void;
}) {
  const id = useId();
  return (
    <fieldset class="choice-group">
      <legend>{props.legend}</legend>
      {props.choices.map((choice) => (
        <label key={choice.value} class="choice">
          <input
            type="radio"
            name={`${props.name}-${id}`}
            value={choice.value}
            checked={props.value === choice.value}
            onChange={() => props.onChange(choice.value)}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
