import { expect, type Locator, type Page } from '@playwright/test';

/** The settings area by its Danish names, the way a user finds it. */
export async function openSettings(page: Page, tab: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Udvalg og møder' }).getByRole('button', { name: 'Indstillinger' }).click();
  await page.getByRole('navigation', { name: 'Indstillinger' }).getByRole('button', { name: tab, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: tab })).toBeVisible();
}

export function sidebar(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Udvalg og møder' });
}

export function agendaList(page: Page): Locator {
  return page.getByRole('listbox', { name: 'Dagsordenens punkter' });
}

export function itemTitle(page: Page): Locator {
  return page.locator('#item-detail-title');
}

/** Opens a meeting from the sidebar by its committee and Danish date. */
export async function openMeeting(page: Page, committee: string, date: string): Promise<void> {
  const entry = sidebar(page).getByRole('listitem').filter({ has: page.getByRole('heading', { name: committee, exact: true }) });
  await entry.getByRole('button', { name: new RegExp(date) }).click();
  await expect(page.getByRole('heading', { level: 1, name: committee })).toBeVisible();
}

/** Adds an ordinary item to the open meeting through "Tilføj punkt" and waits until it is open. */
export async function addItem(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Tilføj punkt' }).click();
  const form = page.getByRole('form', { name: 'Tilføj punkt' });
  await form.getByLabel('Punktets titel').fill(title);
  await form.getByRole('button', { name: 'Tilføj', exact: true }).click();
  await expect(itemTitle(page)).toHaveText(title);
}

/** A 64×64 PNG shield for the logo upload (generated, no real municipality's arms). */
export const LOGO_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAIAAAAlC+aJAAABHElEQVR4nO3asRHCMBBEUYqgHGKqoyxaIhaBY0vauz2t7Nkbhbb5z2PAgR7t4vNQB2THAPXcFPB8fzZcBqiXAeplwMT6fV/DZYABBhhggAEGGKBYBqiXAeplAH517u2oAnTSuYwSwGQ9hUEGoOl5AxMQrg8zzq4DA/LpqKF/EQAQrik6sQeAhnIjw5MFsB7l8MQB3B+T8AQB4fow4+wUGJBPRw394wEAMX2SMXPkTd9Gd2N0IgePkDy9Xz8GyA3DvNkv8YbpGGCxYb4K+x/YrR4GLDCgPbJXiXx6CkA3hDNSr9Py+iwgz8h/OmfDk6q+EXdsSeobfcvZyvRj+HvmVta3ok1/y+pb3a7FNfWtettlafoxN903eqExQD1/AwQapRrvKigAAAAASUVORK5CYII=',
  'base64',
);

/** One call of the host's API from the page (as the renderer makes it), expecting success. */
export async function call<T>(page: Page, method: string, args: unknown): Promise<T> {
  const envelope = await page.evaluate(
    async ({ method, args }) => (await fetch(`./api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(args) })).json(),
    { method, args },
  );
  expect(envelope.ok, `${method}: ${JSON.stringify(envelope)}`).toBe(true);
  return envelope.value as T;
}
