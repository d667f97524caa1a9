// The manifest's FunctionFile page: the ribbon button only opens the task pane, so nothing runs here.
Office.onReady(function () {});
