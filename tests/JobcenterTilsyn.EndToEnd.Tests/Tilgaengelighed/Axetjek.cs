using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace JobcenterTilsyn.EndToEnd.Tests.Tilgaengelighed;

/// <summary>axe-core with the WCAG 2.0/2.1 A and AA rules; only serious and critical violations count.</summary>
internal static class Axetjek
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>Appends each serious or critical violation on the page (with up to five of its elements) to <paramref name="fund"/>.</summary>
    public static async Task KoerAsync(IPage page, string hvor, StringBuilder fund)
    {
        var resultat = await page.RunAxe(Wcag21AA);
        foreach (var v in resultat.Violations.Where(v => v.Impact is "serious" or "critical"))
        {
            fund.AppendLine($"{hvor}: {v.Impact} {v.Id} – {v.Help}");
            foreach (var node in v.Nodes.Take(5))
            {
                fund.AppendLine($"    {node.Target} {Kort(node.Html)}");
            }
        }
    }

    private static string Kort(string html) => html.Length <= 160 ? html : html[..160] + "…";
}
