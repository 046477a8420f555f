import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CatalogTable, type ForeignKey, orderParentsFirst, planTableOrder } from './plan-table-order.ts';

function table(name: string, nullable: string[] = [], checked: string[] = []): CatalogTable {
  return { name, columns: ['id', ...nullable], nullable, checked, identity: [], primaryKey: ['id'] };
}

const acyclicSchema = fc.integer({ min: 1, max: 12 }).chain((size) =>
  fc.array(fc.tuple(fc.nat(size - 1), fc.nat(size - 1)), { maxLength: 30 }).map((pairs) => ({
    tables: Array.from({ length: size }, (_, index) => table(`t${String(index).padStart(2, '0')}`)),
    // Only from a later table to an earlier one (or itself): no cycle between tables.
    keys: pairs.map(([a, b], index): ForeignKey => {
      const [from, to] = a >= b ? [a, b] : [b, a];
      return {
        table: `t${String(from).padStart(2, '0')}`,
        columns: [`c${index}`],
        references: `t${String(to).padStart(2, '0')}`,
      };
    }),
  })),
);

describe('planTableOrder', () => {
  it('puts every table after the tables it references, when there is no cycle', () => {
    fc.assert(
      fc.property(acyclicSchema, ({ tables, keys }) => {
        const plan = planTableOrder(tables, keys);
        expect([...plan.order].sort()).toEqual(tables.map((t) => t.name).sort());
        expect(plan.deferred.size).toBe(0);
        for (const key of keys) {
          if (key.table === key.references)
            expect(plan.selfReferences.get(key.table)).toContain(key.columns[0]);
          else expect(plan.order.indexOf(key.references)).toBeLessThan(plan.order.indexOf(key.table));
        }
      }),
    );
  });

  it('breaks the patients ↔ users cycle on the side no CHECK ties', () => {
    const plan = planTableOrder(
      [
        table('patients', ['created_by', 'guardian_patient_id']),
        table('users', ['patient_id'], ['patient_id']),
      ],
      [
        { table: 'patients', columns: ['created_by'], references: 'users' },
        { table: 'patients', columns: ['guardian_patient_id'], references: 'patients' },
        { table: 'users', columns: ['patient_id'], references: 'patients' },
      ],
    );
    expect(plan.order).toEqual(['patients', 'users']);
    expect(plan.deferred.get('patients')).toEqual(['created_by']);
    expect(plan.selfReferences.get('patients')).toEqual(['guardian_patient_id']);
  });

  it('refuses a cycle that no column can wait out', () => {
    expect(() =>
      planTableOrder(
        [table('a'), table('b')],
        [
          { table: 'a', columns: ['b_id'], references: 'b' },
          { table: 'b', columns: ['a_id'], references: 'a' },
        ],
      ),
    ).toThrow(/cycle/);
  });
});

describe('orderParentsFirst', () => {
  it('places every row after its parent, keeping every row', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(40), { maxLength: 40 }).chain((parents) =>
          fc.shuffledSubarray(
            parents.map((parent, index) => ({
              id: String(index),
              parent: parent < index ? String(parent) : null,
            })),
            { minLength: parents.length, maxLength: parents.length },
          ),
        ),
        (rows) => {
          const ordered = orderParentsFirst(
            rows,
            (row) => row.id,
            (row) => (row.parent === null ? [] : [row.parent]),
          );
          expect(ordered).toHaveLength(rows.length);
          const position = new Map(ordered.map((row, index) => [row.id, index]));
          for (const row of ordered) {
            if (row.parent !== null)
              expect(position.get(row.parent)).toBeLessThan(position.get(row.id) ?? -1);
          }
        },
      ),
    );
  });
});
