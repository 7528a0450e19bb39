using System.Globalization;
using MudBlazor;
using RusToK.Domain.Capabilities.Analytics;

namespace RusToK.Components.Capabilities.Analytics;

public sealed partial class AnalyticsWidget
{
    private readonly LineChartOptions _options = new() { ShowLegend = false, InterpolationOption = InterpolationOption.Straight, LineStrokeWidth = 2, YAxisRequireZeroPoint = true, ClampToZero = true };
    private int _days = AnalyticsReport.Periods[0];
    private AnalyticsSummary? _summary;
    private List<ChartSeries<double>> _series = [];
    private string[] _labels = [];

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task ChooseAsync(int days)
    {
        _days = days;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var summary = await Report.SummarizeAsync(_days);
        // Four or five dates under the chart stay legible on a phone; the other days' labels stay blank.
        var every = Math.Max(2, summary.Days / 5);
        _labels = summary.Series.Select((d, i) => i % every == 0 ? Date(d.Day) : "").ToArray();
        _series = [new ChartSeries<double> { Name = L["Views"], Data = summary.Series.Select(d => (double)d.Views).ToArray() }];
        _summary = summary;
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    private static string Date(DateOnly day) => day.ToString("d MMM", CultureInfo.CurrentCulture);
}
