using System.Collections.Frozen;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace JobcenterTilsyn.Web.Components.UI;

/// <summary>
/// Danish texts for MudBlazor's own labels (pagers, grid menus, close buttons): MudBlazor ships only English, and a
/// screen reader should not read "Next page" on a Danish page. Keys missing here fall back to MudBlazor's English.
/// </summary>
public sealed class DanskMudLocalizer : MudLocalizer
{
    private static readonly FrozenDictionary<string, string> Tekster = new Dictionary<string, string>
    {
        ["MudTablePager_FirstPage"] = "Første side",
        ["MudTablePager_PreviousPage"] = "Forrige side",
        ["MudTablePager_NextPage"] = "Næste side",
        ["MudTablePager_LastPage"] = "Sidste side",
        ["MudDataGridPager_FirstPage"] = "Første side",
        ["MudDataGridPager_PreviousPage"] = "Forrige side",
        ["MudDataGridPager_NextPage"] = "Næste side",
        ["MudDataGridPager_LastPage"] = "Sidste side",
        ["MudDataGridPager_RowsPerPage"] = "Rækker pr. side:",
        ["MudDataGridPager_InfoFormat"] = "{first_item}–{last_item} af {all_items}",
        ["MudDataGridPager_AllItems"] = "Alle",
        ["MudPagination_FirstPage"] = "Første side",
        ["MudPagination_PreviousPage"] = "Forrige side",
        ["MudPagination_NextPage"] = "Næste side",
        ["MudPagination_LastPage"] = "Sidste side",
        ["MudPagination_CurrentPage"] = "Side {0}, nuværende side",
        ["MudPagination_PageIndex"] = "Side {0}",
        ["MudDataGrid_Sort"] = "Sortér",
        ["MudDataGrid_Unsort"] = "Fjern sortering",
        ["MudDataGrid_Filter"] = "Filtrér",
        ["MudDataGrid_OpenFilters"] = "Åbn filtre",
        ["MudDataGrid_ClearFilter"] = "Ryd filter",
        ["MudDataGrid_AddFilter"] = "Tilføj filter",
        ["MudDataGrid_RemoveFilter"] = "Fjern filter",
        ["MudDataGrid_Apply"] = "Anvend",
        ["MudDataGrid_Cancel"] = "Annullér",
        ["MudDataGrid_Clear"] = "Ryd",
        ["MudDataGrid_Save"] = "Gem",
        ["MudDataGrid_Column"] = "Kolonne",
        ["MudDataGrid_Columns"] = "Kolonner",
        ["MudDataGrid_Hide"] = "Skjul",
        ["MudDataGrid_HideAll"] = "Skjul alle",
        ["MudDataGrid_ShowAll"] = "Vis alle",
        ["MudDataGrid_ShowColumnOptions"] = "Kolonnevalg",
        ["MudDataGrid_Group"] = "Gruppér",
        ["MudDataGrid_Ungroup"] = "Fjern gruppering",
        ["MudDataGrid_Loading"] = "Indlæser …",
        ["MudDataGrid_RefreshData"] = "Opdatér",
        ["MudDataGrid_SelectAllRows"] = "Vælg alle rækker",
        ["MudDataGrid_SelectRow"] = "Vælg række",
        ["MudDataGrid_Value"] = "Værdi",
        ["MudDataGrid_Operator"] = "Operator",
        ["MudDataGrid_FilterValue"] = "Filterværdi",
        ["MudDataGrid_MoveUp"] = "Flyt op",
        ["MudDataGrid_MoveDown"] = "Flyt ned",
        ["MudDataGrid_ReorderColumn"] = "Flyt kolonne",
        ["MudDataGrid_True"] = "sand",
        ["MudDataGrid_False"] = "falsk",
        ["MudDataGrid_Contains"] = "indeholder",
        ["MudDataGrid_NotContains"] = "indeholder ikke",
        ["MudDataGrid_Equals"] = "er lig med",
        ["MudDataGrid_NotEquals"] = "er ikke lig med",
        ["MudDataGrid_StartsWith"] = "starter med",
        ["MudDataGrid_EndsWith"] = "slutter med",
        ["MudDataGrid_IsEmpty"] = "er tom",
        ["MudDataGrid_IsNotEmpty"] = "er ikke tom",
        ["MudTable_Loading"] = "Indlæser …",
        ["MudTable_SelectAllRows"] = "Vælg alle rækker",
        ["MudTable_SelectRow"] = "Vælg række",
        ["MudTable_ExpandGroup"] = "Fold gruppe ud",
        ["MudTable_CollapseGroup"] = "Fold gruppe sammen",
        ["MudAlert_Close"] = "Luk",
        ["MudChip_Close"] = "Fjern",
        ["MudDialog_Close"] = "Luk",
        ["MudSnackbar_Close"] = "Luk",
        ["MudBreadcrumbs_Label"] = "Brødkrumme",
        ["MudInput_Clear"] = "Ryd",
        ["MudInput_Increment"] = "Op",
        ["MudInput_Decrement"] = "Ned",
        ["MudNavGroup_ToggleExpand"] = "Fold {0} ud eller sammen",
        ["MudSelect_SelectAll"] = "Vælg alle",
        ["MudFormComponent_Required"] = "Skal udfyldes",
        ["MudBaseDatePicker_Open"] = "Åbn datovælger",
        ["MudBaseDatePicker_NextMonth"] = "Næste måned",
        ["MudBaseDatePicker_PrevMonth"] = "Forrige måned",
        ["MudBaseDatePicker_NextYear"] = "Næste år",
        ["MudBaseDatePicker_PrevYear"] = "Forrige år",
    }.ToFrozenDictionary();

    public override LocalizedString this[string key] =>
        Tekster.TryGetValue(key, out var tekst) ? new LocalizedString(key, tekst) : new LocalizedString(key, key, resourceNotFound: true);

    public override LocalizedString this[string key, params object[] arguments] =>
        Tekster.TryGetValue(key, out var tekst)
            // Pager formats use named placeholders ({first_item}) that MudBlazor fills itself, without arguments.
            ? new LocalizedString(key, arguments.Length == 0 ? tekst : string.Format(Tal.Dansk, tekst, arguments))
            : new LocalizedString(key, key, resourceNotFound: true);
}
