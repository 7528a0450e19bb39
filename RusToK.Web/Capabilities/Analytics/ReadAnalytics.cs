using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using RusToK.Domain.Capabilities.Analytics;

namespace RusToK.Web.Capabilities.Analytics;

/// <summary><c>?days=30</c>: the last 30 days up to today (UTC); 7 when left out.</summary>
public sealed record ReadAnalytics([FromQuery][property: Range(1, AnalyticsReport.MaxDays)] int? Days);
