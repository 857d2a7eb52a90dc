// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiCallError } from '../../shared/api/client';
import { DataTable } from '../../renderer/components/common/DataTable';
import { Form } from '../../renderer/components/common/Form';
import { SubmitButton } from '../../renderer/components/common/FormButtons';
import { useEditInForm } from '../../renderer/hooks/use-edit-in-form';
import { useFormSubmit } from '../../renderer/hooks/use-form-submit';
import { createI18n } from '../../renderer/i18n/i18n';

afterEach(cleanup);

const taken = () => new ApiCallError({ code: 'party_letter_taken', message: 'Partibogstavet A bruges allerede af Socialdemokratiet.' });

describe('useFormSubmit', () => {
  it('shows the confirmation once saved and takes it away at the next submit', async () => {
    const { result } = renderHook(() => useFormSubmit());
    await act(() => result.current.submit(async () => ({ letter: 'K' }), (party) => `Partiet ${party.letter} er tilføjet.`));
    expect(result.current.status).toBe('Partiet K er tilføjet.');

    await act(() => result.current.submit(() => Promise.reject(taken()), () => 'aldrig'));
    expect(result.current.status).toBeNull();
    expect(result.current.error).toBe('Partibogstavet A bruges allerede af Socialdemokratiet.');
  });

  it('shows nothing when the confirmation is null', async () => {
    const { result } = renderHook(() => useFormSubmit());
    await act(() => result.current.submit(async () => 1, () => null));
    expect(result.current.status).toBeNull();
    expect(result.current.error).toBeNull();
  });
});

describe('useEditInForm', () => {
  function setUp() {
    const fill = vi.fn();
    const focus = vi.fn();
    const create = vi.fn(async (args: { name: string }) => ({ id: 2, ...args }));
    const update = vi.fn(async (args: { id: number; name: string }) => args);
    const hook = renderHook(() => {
      const form = useFormSubmit();
      return { form, edit: useEditInForm<{ id: number; name: string }>(form, { fill, focus }) };
    });
    return { ...hook, fill, focus, create, update };
  }

  it('creates while adding and empties the form for the next record', async () => {
    const { result, fill, focus, create, update } = setUp();
    act(() => result.current.edit.save({ name: 'Venstre' }, { create, update }, (r, updated) => `${r.name} ${updated ? 'gemt' : 'tilføjet'}`));
    await act(async () => undefined);
    expect(create).toHaveBeenCalledWith({ name: 'Venstre' });
    expect(update).not.toHaveBeenCalled();
    expect(result.current.form.status).toBe('Venstre tilføjet');
    expect(fill).toHaveBeenLastCalledWith(null);
    expect(focus).toHaveBeenCalled();
  });

  it('updates the record being edited, and reset goes back to adding', async () => {
    const { result, fill, create, update } = setUp();
    act(() => result.current.edit.startEdit({ id: 1, name: 'Venstre' }));
    expect(result.current.edit.editing).toEqual({ id: 1, name: 'Venstre' });
    expect(fill).toHaveBeenLastCalledWith({ id: 1, name: 'Venstre' });

    act(() => result.current.edit.save({ name: 'Venstre, Danmarks Liberale Parti' }, { create, update }, (r, updated) => `${r.name} ${updated ? 'gemt' : 'tilføjet'}`));
    await act(async () => undefined);
    expect(update).toHaveBeenCalledWith({ id: 1, name: 'Venstre, Danmarks Liberale Parti' });
    expect(result.current.form.status).toBe('Venstre, Danmarks Liberale Parti gemt');
    expect(result.current.edit.editing).toBeNull();

    act(() => result.current.edit.startEdit({ id: 1, name: 'Venstre' }));
    act(() => result.current.edit.reset());
    expect(result.current.edit.editing).toBeNull();
    expect(fill).toHaveBeenLastCalledWith(null);
  });
});

describe('Form', () => {
  it('submits without reloading and hands Escape to onEscape', () => {
    const onSubmit = vi.fn();
    const onEscape = vi.fn();
    render(
      <Form label="Tilføj parti" onSubmit={onSubmit} onEscape={onEscape}>
        <input aria-label="Navn" />
        <SubmitButton pending={false}>Tilføj parti</SubmitButton>
      </Form>,
    );
    const form = screen.getByRole('form', { name: 'Tilføj parti' });
    expect(form.className).toBe('form-card');
    expect(fireEvent.submit(form)).toBe(false);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(fireEvent.keyDown(screen.getByLabelText('Navn'), { key: 'Escape' })).toBe(false);
    expect(onEscape).toHaveBeenCalledTimes(1);
  });

  it('with escapeInFieldsOnly, leaves Escape on a button alone', () => {
    const onEscape = vi.fn();
    render(
      <Form label="Afsnit" onSubmit={() => undefined} onEscape={onEscape} escapeInFieldsOnly>
        <input aria-label="Overskrift" />
        <select aria-label="Art" />
        <button type="button">Flyt op</button>
      </Form>,
    );
    fireEvent.keyDown(screen.getByRole('button', { name: 'Flyt op' }), { key: 'Escape' });
    expect(onEscape).not.toHaveBeenCalled();
    fireEvent.keyDown(screen.getByLabelText('Overskrift'), { key: 'Escape' });
    fireEvent.keyDown(screen.getByLabelText('Art'), { key: 'Escape' });
    expect(onEscape).toHaveBeenCalledTimes(2);
  });

  it('marks the submit button aria-disabled while saving, disabled only when it cannot be sent', () => {
    const { rerender } = render(<SubmitButton pending>Gem</SubmitButton>);
    const button = screen.getByRole('button', { name: 'Gem' }) as HTMLButtonElement;
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.disabled).toBe(false);
    rerender(<SubmitButton pending={false}>Gem</SubmitButton>);
    expect(button.hasAttribute('aria-disabled')).toBe(false);
    rerender(<SubmitButton pending={false} disabled>Gem</SubmitButton>);
    expect(button.disabled).toBe(true);
    expect(button.getAttribute('aria-disabled')).toBe('true');
  });
});

describe('DataTable', () => {
  const table = (rows: { id: number; name: string }[], error: string | null = null) => (
    <I18nextProvider i18n={createI18n('da')}>
      <DataTable caption="Partier" columns={[{ label: 'Navn' }, { label: 'Personer', className: 'col-number' }]} rows={rows} empty="Ingen partier endnu." error={error}>
        {(row) => (
          <tr key={row.id}>
            <td>{row.name}</td>
            <td className="col-number">0</td>
            <td className="col-actions" />
          </tr>
        )}
      </DataTable>
    </I18nextProvider>
  );

  it('says so instead of showing an empty table', () => {
    render(table([]));
    expect(screen.getByText('Ingen partier endnu.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('names the table and its columns, the actions column for screen readers only', () => {
    render(table([{ id: 1, name: 'Socialdemokratiet' }], 'Partiet A har 1 personer og kan ikke slettes.'));
    expect(screen.getByRole('table', { name: 'Partier' })).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Navn', 'Personer', 'Handlinger']);
    expect(screen.getAllByRole('columnheader')[2]?.className).toBe('col-actions');
    expect(screen.getByRole('alert').textContent).toBe('Partiet A har 1 personer og kan ikke slettes.');
  });
});
