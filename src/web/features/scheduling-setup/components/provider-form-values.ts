import type { Provider } from '../../../../shared/scheduling.ts';

export type ProviderFormValues = {
  name: string;
  title: string;
  color: string;
  active: boolean;
  userId: string | null;
};

export const defaultProviderColour = '#0ca678';

export function toProviderFormValues(provider: Provider | undefined): ProviderFormValues {
  return {
    name: provider?.name ?? '',
    title: provider?.title ?? '',
    color: provider?.color ?? defaultProviderColour,
    active: provider?.active ?? true,
    userId: provider?.userId ?? null,
  };
}

/**
 * The request body before the shared schema checks it. The link is sent only by someone who
 * can see the user accounts (administrators), so a manager's save never unlinks anyone.
 */
export function toProviderCandidate(values: ProviderFormValues, mayLinkUser: boolean) {
  const title = values.title.trim();
  return {
    name: values.name,
    title: title === '' ? null : title,
    color: values.color === '' ? undefined : values.color,
    active: values.active,
    ...(mayLinkUser ? { userId: values.userId } : {}),
  };
}
