import { useInfiniteQuery } from '@tanstack/react-query';
import { MedicalHistoryVersionList } from '../../../../shared/medical-history.ts';
import { apiRequest } from '../../../api/api-client.ts';
import { apiUrl } from '../../../api/api-url.ts';
import { medicalHistoryKeys, patientPath } from './patient-query-keys.ts';

/** GET /patients/:id/medical-history/versions: newest first, with who, when and what changed. */
export function useMedicalHistoryVersions(patientId: string) {
  return useInfiniteQuery({
    queryKey: medicalHistoryKeys.versions(patientId),
    queryFn: ({ pageParam, signal }) =>
      apiRequest(
        apiUrl(patientPath(patientId, '/medical-history/versions'), { limit: 20, cursor: pageParam }),
        MedicalHistoryVersionList,
        { signal },
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
