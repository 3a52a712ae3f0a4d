using System.Text.RegularExpressions;

namespace JobcenterTilsyn.Web.Components.Pages.Import;

/// <summary>
/// The import's error reasons in Danish. The importer (Data) words them in English for the CLI and the logs; the page
/// translates the known ones, keeping column names, codes and numbers, and shows an unknown one as it is.
/// </summary>
public static class Importaarsager
{
    private static readonly (Regex Moenster, string Dansk)[] Oversaettelser =
    [
        (Fast("required value is empty"), "værdien mangler (feltet skal udfyldes)"),
        (Fast("unknown kommunekode (not one of the 98 official three-digit codes)"), "ukendt kommunekode (ikke én af de 98 officielle tre-cifrede koder)"),
        (Fast("unparsable date: expected YYYY-MM-DD"), "ugyldig dato: forventet ÅÅÅÅ-MM-DD"),
        (Fast("unparsable date: expected YYYY-MM-DD (or empty for still running)"), "ugyldig dato: forventet ÅÅÅÅ-MM-DD (eller tom, hvis forløbet stadig løber)"),
        (Fast("slutdato is before startdato"), "slutdato ligger før startdato"),
        (Fast("not a four-digit year"), "ikke et firecifret årstal"),
        (Fast("malformed variabel: expected [a-z0-9_]{1,40}"), "ugyldigt variabelnavn: forventet 1–40 tegn a-z, 0-9 og _"),
        (Fast("not a number with '.' as decimal point"), "ikke et tal med punktum som decimaltegn"),
        (Fast("CPR number with an impossible date (DDMM is no day of a year)"), "CPR-nummer med en umulig dato (DDMM er ingen dag i året)"),
        (Fast("malformed person_id: expected a pseudonym of 1-64 characters A-Z a-z 0-9 _ - or a CPR number DDMMYY-SSSS / DDMMYYSSSS"),
            "ugyldigt person_id: forventet et pseudonym på 1–64 tegn A-Z a-z 0-9 _ - eller et CPR-nummer DDMMÅÅ-SSSS / DDMMÅÅSSSS"),
        (Fast("line is not valid UTF-8"), "linjen er ikke gyldig UTF-8"),
        (Fast("the header line is not valid UTF-8"), "overskriftslinjen er ikke gyldig UTF-8"),
        (Fast("the file is empty: expected a header line"), "filen er tom: forventet en overskriftslinje"),
        (Fast("the header line is too long"), "overskriftslinjen er for lang"),
        (Fast("empty line (only allowed at the end of the file)"), "tom linje (kun tilladt sidst i filen)"),
        (new(@"^line longer than (?<n>\d+) bytes$"), "linjen er længere end ${n} byte"),
        (new(@"^wrong number of fields: (?<n>\d+), but the header has (?<m>\d+) \(separator ';'\)$"),
            "forkert antal felter: ${n}, men overskriften har ${m} (skilletegn ';')"),
        (new(@"^column '(?<k>[^']*)' appears more than once in the header$"), "kolonnen '${k}' står mere end én gang i overskriften"),
        (new(@"^required column '(?<k>[^']*)' is missing from the header \(found: (?<f>.*)\)$"),
            "den påkrævede kolonne '${k}' mangler i overskriften (fundet: ${f})"),
        (new(@"^unknown (?<k>\S+) code \(known: (?<f>.*)\)$"), "ukendt kode for ${k} (kendte: ${f})"),
        (new(@"^(?<n>.+) appears more than once in the file with different values$"), "${n} står mere end én gang i filen med forskellige værdier"),
        (new(@"^(?<n>.+) is already stored with the value (?<v>\S+) from an earlier import; import in replace mode to replace that year$"),
            "${n} er allerede gemt med værdien ${v} fra en tidligere import; importér med \"Erstat tidligere data\" for at erstatte det år"),
        (new(@"^the file contains CPR numbers but no pseudonymization key is configured \((?<k>[^,]+), environment variable (?<v>[^)]+)\): a CPR number is never stored, so the file is rejected$"),
            "filen indeholder CPR-numre, men der er ikke sat en pseudonymiseringsnøgle (${k}, miljøvariablen ${v}): et CPR-nummer gemmes aldrig, så filen er afvist"),
    ];

    public static string Dansk(string aarsag)
    {
        foreach (var (moenster, dansk) in Oversaettelser)
        {
            if (moenster.IsMatch(aarsag)) return moenster.Replace(aarsag, dansk);
        }
        return aarsag;
    }

    private static Regex Fast(string tekst) => new("^" + Regex.Escape(tekst) + "$");
}
