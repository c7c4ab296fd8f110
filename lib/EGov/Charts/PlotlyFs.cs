using Microsoft.FSharp.Core;
using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace EGov.Charts;

/// <summary>
/// The only place that calls Plotly.NET's F# API. In Plotly.NET 6.0.0 the F# optional arguments are plain
/// <see cref="FSharpOption{T}"/> parameters without C# default values, so C# must pass every one of them (null = None);
/// these wrappers pass them all once, by name, and expose C# optional parameters instead.
/// </summary>
internal static class PlotlyFs
{
    internal static FSharpOption<T>? Some<T>(T? value) => value is null ? null : FSharpOption<T>.Some(value);

    internal static FSharpOption<T>? Some<T>(T? value) where T : struct => value is { } v ? FSharpOption<T>.Some(v) : null;

    internal static FSharpOption<Color>? Hex(string? hex) => hex is null ? null : FSharpOption<Color>.Some(Color.fromHex(hex));

    internal static GenericChart Apply(this GenericChart chart, FSharpFunc<GenericChart, GenericChart> style) => style.Invoke(chart);

    internal static GenericChart Line<TX>(IEnumerable<TX> x, IEnumerable<double> y, string name, string color,
        bool showMarkers = true, IEnumerable<string>? text = null, StyleParam.DrawingStyle? dash = null, bool? showLegend = null,
        StyleParam.TextPosition? textPosition = null, double? width = null) where TX : IConvertible =>
        Unclipped(Chart2D_Scatter.Chart.Line<TX, double, string>(
            x: x, y: y, ShowMarkers: Some(showMarkers), Name: Some(name), ShowLegend: Some(showLegend), Opacity: null, MultiOpacity: null,
            Text: null, MultiText: Some(text), TextPosition: Some(textPosition), MultiTextPosition: null, MarkerColor: Hex(color),
            MarkerColorScale: null, MarkerOutline: null, MarkerSymbol: null, MultiMarkerSymbol: null, Marker: null, LineColor: Hex(color),
            LineColorScale: null, LineWidth: Some(width), LineDash: Some(dash), Line: null, AlignmentGroup: null, OffsetGroup: null,
            StackGroup: null, Orientation: null, GroupNorm: null, Fill: null, FillColor: null, FillPattern: null, UseWebGL: null,
            UseDefaults: null));

    /// <summary>Markers on the edge of a fixed axis range (an index at exactly 0 or 1) drawn whole, not cut by the axis.</summary>
    private static GenericChart Unclipped(GenericChart chart) =>
        GenericChart.mapTrace(FuncConvert.FromFunc<Trace, Trace>(trace =>
        {
            trace.SetProperty("cliponaxis", false);
            return trace;
        }), chart);

    internal static GenericChart Point<TX>(IEnumerable<TX> x, IEnumerable<double> y, string name, string color,
        IEnumerable<string>? text = null, bool? showLegend = null) where TX : IConvertible =>
        Unclipped(Chart2D_Scatter.Chart.Point<TX, double, string>(
            x: x, y: y, Name: Some(name), ShowLegend: Some(showLegend), Opacity: null, MultiOpacity: null, Text: null,
            MultiText: Some(text), TextPosition: null, MultiTextPosition: null, MarkerColor: Hex(color), MarkerColorScale: null,
            MarkerOutline: null, MarkerSymbol: null, MultiMarkerSymbol: null, Marker: null, AlignmentGroup: null, OffsetGroup: null,
            StackGroup: null, Orientation: null, GroupNorm: null, UseWebGL: null, UseDefaults: null));

    internal static GenericChart Box(IEnumerable<double> y, string name, string color, IEnumerable<string>? text = null) =>
        Chart2D_Distribution.Chart.BoxPlot<string, double, string>(
            X: null, MultiX: null, Y: Some(y), MultiY: null, Name: Some(name), ShowLegend: Some(false), Text: null, MultiText: Some(text),
            FillColor: null, MarkerColor: Hex(color), Marker: null, Opacity: null, WhiskerWidth: null,
            BoxPoints: Some(StyleParam.BoxPoints.All), BoxMean: Some(StyleParam.BoxMean.True), Jitter: Some(0.4), PointPos: Some(-1.8),
            Orientation: null, OutlineColor: Hex(color), OutlineWidth: null, Outline: null, AlignmentGroup: null, OffsetGroup: null,
            Notched: null, NotchWidth: null, QuartileMethod: Some(StyleParam.QuartileMethod.Inclusive), SizeMode: null, UseDefaults: null);

    /// <summary>One box per x category (several traces side by side need the layout's boxmode "group").</summary>
    internal static GenericChart GroupedBox(IEnumerable<string> x, IEnumerable<double> y, string name, string color, IEnumerable<string>? text = null,
        string? offsetGroup = null, bool showLegend = true) =>
        Chart2D_Distribution.Chart.BoxPlot<string, double, string>(
            X: Some(x), MultiX: null, Y: Some(y), MultiY: null, Name: Some(name), ShowLegend: Some(showLegend), Text: null, MultiText: Some(text),
            FillColor: null, MarkerColor: Hex(color), Marker: null, Opacity: null, WhiskerWidth: null,
            BoxPoints: Some(StyleParam.BoxPoints.All), BoxMean: Some(StyleParam.BoxMean.True), Jitter: Some(0.3), PointPos: Some(0.0),
            Orientation: null, OutlineColor: Hex(color), OutlineWidth: null, Outline: null, AlignmentGroup: null, OffsetGroup: Some(offsetGroup),
            Notched: null, NotchWidth: null, QuartileMethod: Some(StyleParam.QuartileMethod.Inclusive), SizeMode: null, UseDefaults: null);

    /// <summary>A horizontal line from <paramref name="from"/> to <paramref name="to"/> at one y category, with a label at each end.</summary>
    internal static GenericChart HorizontalRange(double from, double to, string category, string color, string fromLabel, string toLabel) =>
        Chart2D_Scatter.Chart.Line<double, string, string>(
            x: [from, to], y: [category, category], ShowMarkers: Some(false), Name: Some(category), ShowLegend: Some(false), Opacity: null,
            MultiOpacity: null, Text: null, MultiText: Some<IEnumerable<string>>([fromLabel, toLabel]), TextPosition: null,
            MultiTextPosition: Some<IEnumerable<StyleParam.TextPosition>>([StyleParam.TextPosition.MiddleLeft, StyleParam.TextPosition.MiddleRight]),
            MarkerColor: Hex(color), MarkerColorScale: null, MarkerOutline: null, MarkerSymbol: null, MultiMarkerSymbol: null, Marker: null,
            LineColor: Hex(color), LineColorScale: null, LineWidth: Some(3.0), LineDash: null, Line: null, AlignmentGroup: null, OffsetGroup: null,
            StackGroup: null, Orientation: null, GroupNorm: null, Fill: null, FillColor: null, FillPattern: null, UseWebGL: null, UseDefaults: null);

    /// <summary>Markers at x values on y categories (a dot plot).</summary>
    internal static GenericChart HorizontalPoints(IEnumerable<double> x, IEnumerable<string> categories, string name, string color, IEnumerable<string>? text = null) =>
        GenericChart.mapTrace(FuncConvert.FromFunc<Trace, Trace>(trace =>
            {
                var marker = new DynamicObj.DynamicObj();
                marker.SetProperty("color", color);
                marker.SetProperty("size", 12);
                trace.SetProperty("marker", marker);
                return trace;
            }),
            Chart2D_Scatter.Chart.Point<double, string, string>(
                x: x, y: categories, Name: Some(name), ShowLegend: Some(true), Opacity: null, MultiOpacity: null, Text: null,
                MultiText: Some(text), TextPosition: null, MultiTextPosition: null, MarkerColor: Hex(color), MarkerColorScale: null,
                MarkerOutline: null, MarkerSymbol: null, MultiMarkerSymbol: null, Marker: null, AlignmentGroup: null, OffsetGroup: null,
                StackGroup: null, Orientation: null, GroupNorm: null, UseWebGL: null, UseDefaults: null));

    internal static GenericChart Choropleth(IEnumerable<string> iso3, IEnumerable<double> z, IEnumerable<string> text, string colorBarTitle) =>
        ChartMap_Geo.Chart.ChoroplethMap<double, string>(
            locations: iso3, z: z, Name: null, ShowLegend: null, GeoJson: null, FeatureIdKey: null, Text: null, MultiText: Some(text),
            ColorBar: null,
            ColorScale: Some(StyleParam.Colorscale.Cividis), ShowScale: Some(true), ReverseScale: null,
            LocationMode: Some(StyleParam.LocationFormat.ISO_3), UseDefaults: null)
        .Apply(Chart.withColorBarStyle<double, double>(
            TitleText: Some(colorBarTitle), TitleFont: null, TitleStandoff: null, Title: null, BGColor: null, BorderColor: null,
            BorderWidth: null, DTick: null, ExponentFormat: null, LabelAlias: null, Len: null, LenMode: null, MinExponent: null, NTicks: null,
            Orientation: null, OutlineColor: null, OutlineWidth: null, SeparateThousands: null, ShowExponent: null, ShowTickLabels: null,
            ShowTickPrefix: null, ShowTickSuffix: null, Thickness: null, ThicknessMode: null, Tick0: null, TickAngle: null, TickColor: null,
            TickFont: null, TickFormat: null, TickFormatStops: null, TickLabelOverflow: null, TickLabelPosition: null, TickLabelStep: null,
            TickLen: null, TickMode: null, TickPrefix: null, Ticks: null, TickSuffix: null, TickText: null, TickVals: null, TickWidth: null,
            X: null, XAnchor: null, XPad: null, XRef: null, Y: null, YAnchor: null, YPad: null, YRef: null));

    internal static GenericChart Column(IEnumerable<string> keys, IEnumerable<double> values, string name, string color,
        IEnumerable<string>? text = null, bool stacked = false, bool? showLegend = null, bool textInsideBase = false) => textInsideBase
        ? GenericChart.mapTrace(FuncConvert.FromFunc<Trace, Trace>(trace =>
            {
                trace.SetProperty("insidetextanchor", "start");
                trace.SetProperty("textfont", TextColor("#FFFFFF"));
                return trace;
            }),
            Chart2D_Bar.Chart.Column<double, string, string, double, double>(
                values: values, Keys: Some(keys), MultiKeys: null, Name: Some(name), ShowLegend: Some(showLegend), Opacity: null,
                MultiOpacity: null, Text: null, MultiText: Some(text), MarkerColor: Hex(color), MarkerColorScale: null, MarkerOutline: null,
                MarkerPatternShape: null, MultiMarkerPatternShape: null, MarkerPattern: null, Marker: null, Base: null, Width: null,
                MultiWidth: null, TextPosition: Some(StyleParam.TextPosition.Inside), MultiTextPosition: null, UseDefaults: null))
        : stacked
        ? Chart2D_Bar.Chart.StackedColumn<double, string, string, double, double>(
            values: values, Keys: Some(keys), MultiKeys: null, Name: Some(name), ShowLegend: Some(showLegend), Opacity: null,
            MultiOpacity: null, Text: null, MultiText: Some(text), MarkerColor: Hex(color), MarkerColorScale: null, MarkerOutline: null,
            MarkerPatternShape: null, MultiMarkerPatternShape: null, MarkerPattern: null, Marker: null, Base: null, Width: null,
            MultiWidth: null, TextPosition: Some(StyleParam.TextPosition.Inside), MultiTextPosition: null, UseDefaults: null)
        : Chart2D_Bar.Chart.Column<double, string, string, double, double>(
            values: values, Keys: Some(keys), MultiKeys: null, Name: Some(name), ShowLegend: Some(showLegend), Opacity: null,
            MultiOpacity: null, Text: null, MultiText: Some(text), MarkerColor: Hex(color), MarkerColorScale: null, MarkerOutline: null,
            MarkerPatternShape: null, MultiMarkerPatternShape: null, MarkerPattern: null, Marker: null, Base: null, Width: null,
            MultiWidth: null, TextPosition: Some(StyleParam.TextPosition.Outside), MultiTextPosition: null, UseDefaults: null);

    internal static GenericChart HorizontalBar(IEnumerable<string> keys, IEnumerable<double> values, string name, IEnumerable<string> colors,
        IEnumerable<string> text) =>
        Chart2D_Bar.Chart.Bar<double, string, string, double, double>(
            values: values, Keys: Some(keys), MultiKeys: null, Name: Some(name), ShowLegend: Some(false), Opacity: null, MultiOpacity: null,
            Text: null, MultiText: Some(text), MarkerColor: Some(Color.fromColors(colors.Select(Color.fromHex))), MarkerColorScale: null,
            MarkerOutline: null, MarkerPatternShape: null, MultiMarkerPatternShape: null, MarkerPattern: null, Marker: null, Base: null,
            Width: null, MultiWidth: null, TextPosition: Some(StyleParam.TextPosition.Auto), MultiTextPosition: null, UseDefaults: null)
        .Apply(c => GenericChart.mapTrace(FuncConvert.FromFunc<Trace, Trace>(trace =>
            {
                // Inside the bar's end when it fits, else just outside it; never shrunk to fit.
                trace.SetProperty("insidetextanchor", "end");
                trace.SetProperty("constraintext", "none");
                trace.SetProperty("textfont", TextColor("#000000"));
                return trace;
            }), c));

    /// <summary>Applies a function to a chart (for the wrappers' own adjustments).</summary>
    internal static GenericChart Apply(this GenericChart chart, Func<GenericChart, GenericChart> style) => style(chart);

    // Plotly.NET 6.0.0 writes IncreasingColor/DecreasingColor/TotalsColor as "increasing.fillcolor", which plotly.js ignores for
    // waterfalls (it reads "increasing.marker.color"), so the colours are set on the trace object directly.
    internal static GenericChart Waterfall(IEnumerable<string> x, IEnumerable<double> y, IEnumerable<StyleParam.WaterfallMeasure> measures,
        IEnumerable<string> text, string name) =>
        GenericChart.mapTrace(FuncConvert.FromFunc<Trace, Trace>(trace =>
            {
                trace.SetProperty("increasing", MarkerColor(OkabeIto.Blue));
                trace.SetProperty("decreasing", MarkerColor(OkabeIto.Vermillion));
                trace.SetProperty("totals", MarkerColor(OkabeIto.Grey));
                return trace;
            }),
            Chart2D_Funnel.Chart.Waterfall<string, double, string>(
                x: x, y: y, Name: Some(name), ShowLegend: Some(false), IncreasingColor: null, Increasing: null, DecreasingColor: null,
                Decreasing: null, TotalsColor: null, Totals: null, Base: null, Width: null, MultiWidth: null, Opacity: null, Text: null,
                MultiText: Some(text), TextPosition: Some(StyleParam.TextPosition.Outside), MultiTextPosition: null, TextFont: null,
                Connector: null, Measure: Some(measures), AlignmentGroup: null, OffsetGroup: null, Orientation: null, UseDefaults: null));

    private static DynamicObj.DynamicObj TextColor(string hex)
    {
        var font = new DynamicObj.DynamicObj();
        font.SetProperty("color", hex);
        return font;
    }

    private static DynamicObj.DynamicObj MarkerColor(string hex)
    {
        var marker = new DynamicObj.DynamicObj();
        marker.SetProperty("color", hex);
        var holder = new DynamicObj.DynamicObj();
        holder.SetProperty("marker", marker);
        return holder;
    }

    internal static FSharpFunc<GenericChart, GenericChart> YErrors(IEnumerable<double> plus, IEnumerable<double> minus) =>
        Chart.withYErrorStyle<double, double>(
            Visible: Some(true), Type: Some(StyleParam.ErrorType.Data), Symmetric: Some(false), Array: Some(plus), Arrayminus: Some(minus),
            Value: null, Valueminus: null, Traceref: null, Tracerefminus: null, Copy_ystyle: null, Color: Hex(OkabeIto.Black),
            Thickness: null, Width: null);

    internal static FSharpFunc<GenericChart, GenericChart> XAxis(string title, IEnumerable<string>? categories = null, double? min = null, double? max = null, int? id = null,
        bool log = false) =>
        Chart.withXAxisStyle<double, double, string>(
            TitleText: Some(title), TitleFont: null, TitleStandoff: null, Title: null, Color: null, AxisType: log ? Some(StyleParam.AxisType.Log) : null,
            MinMax: min is { } lo && max is { } hi ? Some(Tuple.Create(lo, hi)) : null, Mirror: null,
            ShowSpikes: null, SpikeColor: null, SpikeThickness: null, ShowLine: null, LineColor: null, ShowGrid: null, GridColor: null,
            GridDash: null, ZeroLine: null, ZeroLineColor: null, Anchor: null, Side: null, Overlaying: null, Domain: null, Position: null,
            CategoryOrder: categories is null ? null : Some(StyleParam.CategoryOrder.Array), CategoryArray: Some(categories),
            RangeSlider: null, RangeSelector: null, BackgroundColor: null, ShowBackground: null,
            Id: id is { } x ? Some(StyleParam.SubPlotId.NewXAxis(x)) : null);

    internal static FSharpFunc<GenericChart, GenericChart> YAxis(string title, double? min = null, double? max = null,
        IEnumerable<string>? categories = null, int? id = null) =>
        Chart.withYAxisStyle<double, double, string>(
            TitleText: Some(title), TitleFont: null, TitleStandoff: null, Title: null, Color: null, AxisType: null,
            MinMax: min is { } lo && max is { } hi ? Some(Tuple.Create(lo, hi)) : null, Mirror: null, ShowSpikes: null, SpikeColor: null,
            SpikeThickness: null, ShowLine: null, LineColor: null, ShowGrid: null, GridColor: null, GridDash: null, ZeroLine: null,
            ZeroLineColor: null, Anchor: null, Side: null, Overlaying: null, AutoShift: null, Shift: null, Domain: null, Position: null,
            CategoryOrder: categories is null ? null : Some(StyleParam.CategoryOrder.Array), CategoryArray: Some(categories),
            RangeSlider: null, RangeSelector: null, BackgroundColor: null, ShowBackground: null,
            Id: id is { } y ? Some(StyleParam.SubPlotId.NewYAxis(y)) : null);

    /// <summary>A label at a data position (x, y) in the given colour, left-aligned from there, without an arrow.</summary>
    internal static Annotation DataLabel(double x, double y, string text, string color, int fontSize = 12) =>
        Annotation.init<double, double, double, string, double, string, double, string, double, string>(
            X: Some(x), Y: Some(y), Align: Some(StyleParam.AnnotationAlignment.Left), ArrowColor: null, ArrowHead: null, ArrowSide: null,
            ArrowSize: null, AX: null, AXRef: null, AY: null, AYRef: null, BGColor: null, BorderColor: null, BorderPad: null,
            BorderWidth: null, CaptureEvents: null, ClickToShow: null, Font: Some(Font.init(null, Some((double)fontSize), Hex(color))), Height: null,
            HoverLabel: null, HoverText: null, Name: null, Opacity: null, ShowArrow: Some(false), StandOff: null, StartArrowHead: null,
            StartArrowSize: null, StartStandOff: null, TemplateItemName: null, Text: Some(text), TextAngle: null, VAlign: null,
            Visible: null, Width: null, XAnchor: Some(StyleParam.XAnchorPosition.Left), XClick: null, XRef: Some("x"), XShift: null,
            YAnchor: Some(StyleParam.YAnchorPosition.Middle), YClick: null, YRef: Some("y"), YShift: null);

    /// <summary>A left-aligned note whose bottom edge is <paramref name="aboveBottom"/> pixels above the bottom of the figure (margin <paramref name="bottomMargin"/>).</summary>
    internal static Annotation BottomNote(string text, int bottomMargin, int aboveBottom, int fontSize = 11) =>
        Annotation.init<double, double, double, string, double, string, double, string, double, string>(
            X: Some(0.0), Y: Some(0.0), Align: Some(StyleParam.AnnotationAlignment.Left), ArrowColor: null, ArrowHead: null, ArrowSide: null,
            ArrowSize: null, AX: null, AXRef: null, AY: null, AYRef: null, BGColor: null, BorderColor: null, BorderPad: null,
            BorderWidth: null, CaptureEvents: null, ClickToShow: null, Font: Some(Font.init(null, Some((double)fontSize), null)), Height: null,
            HoverLabel: null, HoverText: null, Name: null, Opacity: null, ShowArrow: Some(false), StandOff: null, StartArrowHead: null,
            StartArrowSize: null, StartStandOff: null, TemplateItemName: null, Text: Some(text), TextAngle: null, VAlign: null,
            Visible: null, Width: null, XAnchor: Some(StyleParam.XAnchorPosition.Left), XClick: null, XRef: Some("paper"), XShift: null,
            YAnchor: Some(StyleParam.YAnchorPosition.Bottom), YClick: null, YRef: Some("paper"), YShift: Some(aboveBottom - bottomMargin));
}
