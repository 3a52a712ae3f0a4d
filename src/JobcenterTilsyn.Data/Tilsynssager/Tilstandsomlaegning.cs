namespace JobcenterTilsyn.Data.Tilsynssager;

/// <summary>
/// The stored cases moved to the states of rules.md §9 as implemented in December 2026 (migration
/// <c>TilsynssagTilstandeAabnetPlanModtagetTilbagekaldt</c>):
/// <list type="bullet">
/// <item>the first state <c>udpeget</c> is now <c>aabnet</c> (the designation category stays on the case);</item>
/// <item>a submitted plan used to leave the case in <c>redegoerelse_modtaget</c>; it now leads to <c>plan_modtaget</c>.
/// A plan submission's to-state becomes <c>plan_modtaget</c>, and what happened after a plan submission while the
/// case was still recorded as <c>redegoerelse_modtaget</c> (a review, a resubmission, the approval) starts from
/// <c>plan_modtaget</c>. A case still in <c>redegoerelse_modtaget</c> with a plan is in <c>plan_modtaget</c>.</item>
/// </list>
/// Who, when, the action and the justification of every history entry stay as they were. The history is
/// append-only (<see cref="Historikbeskyttelse"/>): this one rewrite of the state codes lifts the trigger for
/// its own transaction only, and the protection is applied again on every start anyway.
/// </summary>
internal static class Tilstandsomlaegning
{
    /// <summary>Lifts the append-only trigger for the migration's own transaction (no-op before it exists).</summary>
    internal const string SaetTriggerFra = """
        DO $$
        BEGIN
          IF EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'tilsynssag_haendelse_kun_tilfoej' AND NOT tgisinternal) THEN
            ALTER TABLE tilsynssag_haendelse DISABLE TRIGGER tilsynssag_haendelse_kun_tilfoej;
          END IF;
        END $$;
        """;

    internal const string SaetTriggerTil = """
        DO $$
        BEGIN
          IF EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'tilsynssag_haendelse_kun_tilfoej' AND NOT tgisinternal) THEN
            ALTER TABLE tilsynssag_haendelse ENABLE TRIGGER tilsynssag_haendelse_kun_tilfoej;
          END IF;
        END $$;
        """;

    // "After a plan submission of the same case": an earlier history entry (lower id) that submitted a plan.
    private const string EfterPlan = """
        EXISTS (SELECT 1 FROM tilsynssag_haendelse p
                WHERE p.sag_id = h.sag_id AND p.id < h.id AND p.handling = 'indsend_genopretningsplan')
        """;

    public const string Op = SaetTriggerFra + $"""

        UPDATE tilsynssag_haendelse SET fra_tilstand = 'aabnet' WHERE fra_tilstand = 'udpeget';
        UPDATE tilsynssag_haendelse SET til_tilstand = 'aabnet' WHERE til_tilstand = 'udpeget';
        UPDATE tilsynssag_haendelse h SET til_tilstand = 'plan_modtaget'
          WHERE h.til_tilstand = 'redegoerelse_modtaget' AND (h.handling = 'indsend_genopretningsplan' OR {EfterPlan});
        UPDATE tilsynssag_haendelse h SET fra_tilstand = 'plan_modtaget'
          WHERE h.fra_tilstand = 'redegoerelse_modtaget' AND {EfterPlan};
        UPDATE tilsynssag SET tilstand = 'aabnet' WHERE tilstand = 'udpeget';
        UPDATE tilsynssag SET tilstand = 'plan_modtaget' WHERE tilstand = 'redegoerelse_modtaget' AND genopretningsplan IS NOT NULL;

        """ + SaetTriggerTil;

    /// <summary>Back to the old codes; refused when a case has used what the old version does not know.</summary>
    public const string Ned = """
        DO $$
        BEGIN
          IF EXISTS (SELECT 1 FROM tilsynssag_haendelse
                     WHERE handling IN ('afvis_plan', 'flyt_frist', 'registrer_eksternt_dokument', 'tilbagekald')) THEN
            RAISE EXCEPTION 'Cannot go back: cases use actions (afvis_plan, flyt_frist, registrer_eksternt_dokument, tilbagekald) the older version does not know.';
          END IF;
        END $$;

        """ + SaetTriggerFra + """

        UPDATE tilsynssag_haendelse SET fra_tilstand = 'udpeget' WHERE fra_tilstand = 'aabnet';
        UPDATE tilsynssag_haendelse SET til_tilstand = 'udpeget' WHERE til_tilstand = 'aabnet';
        UPDATE tilsynssag_haendelse SET fra_tilstand = 'redegoerelse_modtaget' WHERE fra_tilstand = 'plan_modtaget';
        UPDATE tilsynssag_haendelse SET til_tilstand = 'redegoerelse_modtaget' WHERE til_tilstand = 'plan_modtaget';
        UPDATE tilsynssag SET tilstand = 'udpeget' WHERE tilstand = 'aabnet';
        UPDATE tilsynssag SET tilstand = 'redegoerelse_modtaget' WHERE tilstand = 'plan_modtaget';

        """ + SaetTriggerTil;
}
