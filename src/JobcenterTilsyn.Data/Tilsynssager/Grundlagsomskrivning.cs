namespace JobcenterTilsyn.Data.Tilsynssager;

/// <summary>
/// Case openings stored before December 2026 carry their designation basis as codes in the history's details
/// ("Udpegning 2025: udpeget (resultatkriterie 1, indsatskriterie 0, rang 90 af 98, regelsæt OEVO-2024)"); the
/// page and <c>/api/v1/cases</c> show those details as they are. Migration <c>HistorikGrundlagIOrd</c> writes them in
/// words as <see cref="Domain.Tilsynssager.Sagsgrundlag.Beskrivelse"/> does today ("kategori udpeget; resultatkriteriet
/// opfyldt, indsatskriteriet ikke opfyldt; rang 90 af 98; regelsæt OEVO-2024"). Only that one line changes; who,
/// when, the action, the states and the justification stay, and the history is append-only again afterwards.
/// </summary>
internal static class Grundlagsomskrivning
{
    private const string GammeltGrundlag =
        @"Udpegning (\d{4}): ([a-z_]+) \(resultatkriterie ([01]), indsatskriterie ([01]), rang (\d+) af (\d+), regelsæt ([^)\n]*)\)";

    public const string Op = Tilstandsomlaegning.SaetTriggerFra + $"""

        UPDATE tilsynssag_haendelse SET detaljer =
          replace(replace(replace(replace(
            regexp_replace(detaljer, '{GammeltGrundlag}',
              'Udpegning \1: kategori \2; resultatkriteriet \3, indsatskriteriet \4; rang \5 af \6; regelsæt \7'),
            'resultatkriteriet 1,', 'resultatkriteriet opfyldt,'),
            'resultatkriteriet 0,', 'resultatkriteriet ikke opfyldt,'),
            'indsatskriteriet 1;', 'indsatskriteriet opfyldt;'),
            'indsatskriteriet 0;', 'indsatskriteriet ikke opfyldt;')
        WHERE handling = 'aabn' AND detaljer ~ '{GammeltGrundlag}';

        """ + Tilstandsomlaegning.SaetTriggerTil;
}
