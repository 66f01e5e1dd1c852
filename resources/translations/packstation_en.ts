<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>CarrierExportDialog</name>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="168" />
        <source>Carrier CSV (label data)</source>
        <translation>Carrier CSV (label data)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="169" />
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="170" />
        <source>Check only (F5)</source>
        <translation>Check only (F5)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="171" />
        <source>Write file (Enter)</source>
        <translation>Write file (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="172" />
        <source>Layout… (Ctrl+L)</source>
        <translation>Layout… (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="174" />
        <source>Order no.</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="174" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="174" />
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="174" />
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="175" />
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="175" />
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="186" />
        <source>Save the carrier CSV</source>
        <translation>Save the carrier CSV</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="187" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="197" />
        <source>Choose where to save the file first.</source>
        <translation>Choose where to save the file first.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="211" />
        <source>Reading the packed orders…</source>
        <translation>Reading the packed orders…</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="220" />
        <source>No packed order is waiting for this carrier.</source>
        <translation>No packed order is waiting for this carrier.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="222" />
        <source>%1 orders written to %2 and marked as handed over.</source>
        <translation>%1 orders written to %2 and marked as handed over.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="225" />
        <source>Check only: %1 orders would be written. No file, nothing marked.</source>
        <translation>Check only: %1 orders would be written. No file, nothing marked.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="227" />
        <source>%n change(s) below: each was made so the carrier can read the file.</source>
        <translation><numerusform>%n change(s) below: each was made so the carrier can read the file.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="230" />
        <source>%n packed order(s) have no carrier service chosen and were left out.</source>
        <translation><numerusform>%n packed order(s) have no carrier service chosen and were left out.</numerusform></translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="236" />
        <source>Character replaced (not in cp932)</source>
        <translation>Character replaced (not in cp932)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="237" />
        <source>Cut to the carrier's length</source>
        <translation>Cut to the carrier's length</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="238" />
        <source>No code in the layout: left empty</source>
        <translation>No code in the layout: left empty</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="251" />
        <source>Nothing was written or marked.</source>
        <translation>Nothing was written or marked.</translation>
    </message>
</context>
<context>
    <name>CarrierLayoutDialog</name>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="143" />
        <source>Carrier CSV layout</source>
        <translation>Carrier CSV layout</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="144" />
        <source>Account name</source>
        <translation>Account name</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="144" />
        <source>Header row</source>
        <translation>Header row</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="145" />
        <source>Date format</source>
        <translation>Date format</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="146" />
        <source>Orders with no service</source>
        <translation>Orders with no service</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="147" />
        <source>Tracking file: order no. column</source>
        <translation>Tracking file: order no. column</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="148" />
        <source>Tracking file: tracking no. column</source>
        <translation>Tracking file: tracking no. column</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="149" />
        <source>Sender name</source>
        <translation>Sender name</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="149" />
        <source>Sender phone</source>
        <translation>Sender phone</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="150" />
        <source>Sender postal code</source>
        <translation>Sender postal code</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="151" />
        <source>Sender address</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="152" />
        <source>Sender building</source>
        <translation>Sender building</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="155" />
        <source>The file starts with the column names</source>
        <translation>The file starts with the column names</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="156" />
        <source>Export them with this carrier too</source>
        <translation>Export them with this carrier too</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="157" />
        <source>General (Ctrl+1)</source>
        <translation>General (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="157" />
        <source>Columns (Ctrl+2)</source>
        <translation>Columns (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="158" />
        <source>Codes (Ctrl+3)</source>
        <translation>Codes (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="161" />
        <source>Column name</source>
        <translation>Column name</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="161" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="161" />
        <source>Max bytes (全角 = 2)</source>
        <translation>Max bytes (全角 = 2)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="162" />
        <source>Width (full/half)</source>
        <translation>Width (full/half)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="162" />
        <source>Fixed value</source>
        <translation>Fixed value</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="163" />
        <source>Sources: %1</source>
        <translation>Sources: %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="166" />
        <source>Group (service, service_cod, cool, time_slot, payment)</source>
        <translation>Group (service, service_cod, cool, time_slot, payment)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="167" />
        <source>Our value</source>
        <translation>Our value</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="167" />
        <source>Carrier code</source>
        <translation>Carrier code</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="168" />
        <source>Add column</source>
        <translation>Add column</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="169" />
        <source>Remove column</source>
        <translation>Remove column</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="170" />
        <source>Add code</source>
        <translation>Add code</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="171" />
        <source>Remove code</source>
        <translation>Remove code</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="172" />
        <source>Save (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_layout_dialog.py" line="173" />
        <source>Cancel (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>CarrierProblems</name>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_problems.py" line="20" />
        <source>no order number</source>
        <translation>no order number</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_problems.py" line="21" />
        <source>no tracking number</source>
        <translation>no tracking number</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_problems.py" line="23" />
        <source>tracking number '%1' fails its check digit</source>
        <translation>tracking number '%1' fails its check digit</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_problems.py" line="25" />
        <source>order '%1' is also on row %2</source>
        <translation>order '%1' is also on row %2</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_problems.py" line="27" />
        <source>tracking number '%1' is also on row %2 (order %3)</source>
        <translation>tracking number '%1' is also on row %2 (order %3)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_problems.py" line="28" />
        <source>no order '%1'</source>
        <translation>no order '%1'</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_problems.py" line="30" />
        <source>tracking number '%1' already belongs to order %2</source>
        <translation>tracking number '%1' already belongs to order %2</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_problems.py" line="32" />
        <source>order %1 was shipped with tracking number %2</source>
        <translation>order %1 was shipped with tracking number %2</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_problems.py" line="34" />
        <source>order %1 is %2, not packed</source>
        <translation>order %1 is %2, not packed</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_problems.py" line="36" />
        <source>order %1 was exported for %2, not %3</source>
        <translation>order %1 was exported for %2, not %3</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_problems.py" line="38" />
        <source>column not found in the header row</source>
        <translation>column not found in the header row</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_problems.py" line="40" />
        <source>the file is neither cp932 (Shift_JIS) nor UTF-8 text</source>
        <translation>the file is neither cp932 (Shift_JIS) nor UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_problems.py" line="42" />
        <source>order number '%1' does not fit the carrier's field (%2)</source>
        <translation>order number '%1' does not fit the carrier's field (%2)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_problems.py" line="45" />
        <source>fill in the order number the export wrote, or delete the row</source>
        <translation>fill in the order number the export wrote, or delete the row</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_problems.py" line="47" />
        <source>issue the label in the carrier software first, or delete the row</source>
        <translation>issue the label in the carrier software first, or delete the row</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_problems.py" line="49" />
        <source>correct the number from the printed label</source>
        <translation>correct the number from the printed label</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_problems.py" line="51" />
        <source>keep one row per order (one label per order)</source>
        <translation>keep one row per order (one label per order)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_problems.py" line="53" />
        <source>each label has its own number: correct the number or the order on one of the rows</source>
        <translation>each label has its own number: correct the number or the order on one of the rows</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_problems.py" line="55" />
        <source>check the order number; import the order first if it is missing</source>
        <translation>check the order number; import the order first if it is missing</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_problems.py" line="57" />
        <source>delete the row, or correct the number</source>
        <translation>delete the row, or correct the number</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_problems.py" line="59" />
        <source>pack the order before attaching its tracking number</source>
        <translation>pack the order before attaching its tracking number</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_problems.py" line="61" />
        <source>import this file as %1, or export the order again for %2</source>
        <translation>import this file as %1, or export the order again for %2</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_problems.py" line="63" />
        <source>export the issued data with this column, or change the column name in the carrier layout</source>
        <translation>export the issued data with this column, or change the column name in the carrier layout</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_problems.py" line="65" />
        <source>export the issued data from the carrier software again as CSV</source>
        <translation>export the issued data from the carrier software again as CSV</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_problems.py" line="67" />
        <source>shorten the order number, or raise the column's length in the carrier layout</source>
        <translation>shorten the order number, or raise the column's length in the carrier layout</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_problems.py" line="69" />
        <source>%1, row %2, column '%3': %4 (%5)</source>
        <translation>%1, row %2, column '%3': %4 (%5)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_problems.py" line="70" />
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Cool</name>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="33" />
        <source>Chilled</source>
        <translation>Chilled</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="34" />
        <source>Frozen</source>
        <translation>Frozen</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../src/packstation/ui/errors.py" line="23" />
        <source>Too many wrong PINs. This user is locked for a few minutes; ask the lead.</source>
        <translation>Too many wrong PINs. This user is locked for a few minutes; ask the lead.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/errors.py" line="25" />
        <source>User or PIN not recognised. Scan your badge again and re-enter the PIN.</source>
        <translation>User or PIN not recognised. Scan your badge again and re-enter the PIN.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/errors.py" line="27" />
        <source>You are not allowed to do this. Ask a lead or an admin.</source>
        <translation>You are not allowed to do this. Ask a lead or an admin.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/errors.py" line="29" />
        <source>Not found. Check the number and scan again.</source>
        <translation>Not found. Check the number and scan again.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/errors.py" line="31" />
        <source>The input has problems; nothing was changed:</source>
        <translation>The input has problems; nothing was changed:</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/errors.py" line="32" />
        <source>This cannot be done now:</source>
        <translation>This cannot be done now:</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/errors.py" line="33" />
        <source>A file or device could not be used:</source>
        <translation>A file or device could not be used:</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/errors.py" line="34" />
        <source>Something went wrong and was not saved. Try again; if it repeats, call the admin.</source>
        <translation>Something went wrong and was not saved. Try again; if it repeats, call the admin.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="128" />
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="129" />
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="130" />
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="131" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="131" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="132" />
        <source>Column layout</source>
        <translation>Column layout</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="134" />
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="135" />
        <source>Map columns…</source>
        <translation>Map columns…</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="136" />
        <source>Check and import</source>
        <translation>Check and import</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="137" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="137" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="138" />
        <source>CSV file (UTF-8 or Shift_JIS/cp932)</source>
        <translation>CSV file (UTF-8 or Shift_JIS/cp932)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="140" />
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="153" />
        <source>Generic layout (built in)</source>
        <translation>Generic layout (built in)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="158" />
        <source>Choose a CSV file</source>
        <translation>Choose a CSV file</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="159" />
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="168" />
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="181" />
        <source>Choose the CSV file first.</source>
        <translation>Choose the CSV file first.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="176" />
        <source>Saved column layout: %1</source>
        <translation>Saved column layout: %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="188" />
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="226" />
        <source>Imported %1 rows (%2): %3 added, %4 updated.</source>
        <translation>Imported %1 rows (%2): %3 added, %4 updated.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="234" />
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Import cancelled. Nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="237" />
        <source>Nothing was imported. Fix these %n problem(s) and import again:</source>
        <translation><numerusform>Nothing was imported. Fix these %n problem(s) and import again:</numerusform></translation>
    </message>
</context>
<context>
    <name>LineColumns</name>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="21" />
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="22" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="23" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="24" />
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="25" />
        <source>Scanned</source>
        <translation>Scanned</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="26" />
        <source>Dimensions</source>
        <translation>Dimensions</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="34" />
        <source>⚠ size/weight missing</source>
        <translation>⚠ size/weight missing</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="77" />
        <source>packstation — Log in</source>
        <translation>packstation — Log in</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="78" />
        <source>Choose your name (or scan your badge):</source>
        <translation>Choose your name (or scan your badge):</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="79" />
        <source>Badge or login name</source>
        <translation>Badge or login name</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="80" />
        <source>Scan your badge here</source>
        <translation>Scan your badge here</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="81" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="82" />
        <source>Enter your PIN and press Enter</source>
        <translation>Enter your PIN and press Enter</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="83" />
        <source>Log in (Enter)</source>
        <translation>Log in (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="84" />
        <source>日本語 / English</source>
        <translation>日本語 / English</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="85" />
        <source>Station: %1</source>
        <translation>Station: %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="123" />
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/login.py" line="129" />
        <source>Scan your badge or choose your name first.</source>
        <translation>Scan your badge or choose your name first.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="109" />
        <source>packstation — packing station</source>
        <translation>packstation — packing station</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="110" />
        <source>Packing (F2)</source>
        <translation>Packing (F2)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="111" />
        <source>Orders (F3)</source>
        <translation>Orders (F3)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="112" />
        <source>Lock (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="113" />
        <source>Settings (F11)</source>
        <translation>Settings (F11)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="114" />
        <source>日本語 / English (F12)</source>
        <translation>日本語 / English (F12)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="117" />
        <source>Packer</source>
        <translation>Packer</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="117" />
        <source>Shift lead</source>
        <translation>Shift lead</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="118" />
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <location filename="../../src/packstation/ui/screens/mapping_dialog.py" line="66" />
        <source>Map CSV columns</source>
        <translation>Map CSV columns</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/mapping_dialog.py" line="67" />
        <source>Name of this layout (e.g. the mall or OMS)</source>
        <translation>Name of this layout (e.g. the mall or OMS)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/mapping_dialog.py" line="68" />
        <source>Save layout</source>
        <translation>Save layout</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/mapping_dialog.py" line="69" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/mapping_dialog.py" line="70" />
        <source>Choose, for each field, the column of %1 that holds it. Fields marked * are required.</source>
        <translation>Choose, for each field, the column of %1 that holds it. Fields marked * are required.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/mapping_dialog.py" line="100" />
        <source>Give the layout a name first.</source>
        <translation>Give the layout a name first.</translation>
    </message>
</context>
<context>
    <name>OrderColumns</name>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="96" />
        <source>Order no.</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="97" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="98" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="99" />
        <source>Prefecture</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="100" />
        <source>Delivery date</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="102" />
        <source>Time slot</source>
        <translation>Time slot</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="103" />
        <source>COD</source>
        <translation>COD</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="104" />
        <source>Cool</source>
        <translation>Cool</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="105" />
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="106" />
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="107" />
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="108" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="113" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="74" />
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="75" />
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="76" />
        <source>COD ¥%1</source>
        <translation>COD ¥%1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="78" />
        <source>Order no.</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="79" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="80" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="81" />
        <source>Ship to</source>
        <translation>Ship to</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="83" />
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="85" />
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="86" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="87" />
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="108" />
        <source>Search: order no., customer name or SKU (Ctrl+F)</source>
        <translation>Search: order no., customer name or SKU (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="109" />
        <source>To do (open, packing, on hold)</source>
        <translation>To do (open, packing, on hold)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="109" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="110" />
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="110" />
        <source>Packed</source>
        <translation>Packed</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="110" />
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="110" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="113" />
        <source>Open detail (Enter)</source>
        <translation>Open detail (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="114" />
        <source>Import CSV… (Ctrl+I)</source>
        <translation>Import CSV… (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="115" />
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="116" />
        <source>Carrier CSV… (Ctrl+E)</source>
        <translation>Carrier CSV… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="117" />
        <source>Tracking numbers… (Ctrl+T)</source>
        <translation>Tracking numbers… (Ctrl+T)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/packstation/ui/screens/orders.py" line="166" />
        <source>%n order(s)</source>
        <translation><numerusform>%n order(s)</numerusform></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="92" />
        <source>Lead approval</source>
        <translation>Lead approval</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="94" />
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="94" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="94" />
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="94" />
        <source>New quantity</source>
        <translation>New quantity</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="95" />
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="95" />
        <source>Lead's badge</source>
        <translation>Lead's badge</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="95" />
        <source>Lead's PIN</source>
        <translation>Lead's PIN</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="97" />
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="98" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Overrides</name>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="27" />
        <source>Ship short (items missing)</source>
        <translation>Ship short (items missing)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="28" />
        <source>Change a line's quantity</source>
        <translation>Change a line's quantity</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="29" />
        <source>Skip the label check</source>
        <translation>Skip the label check</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="32" />
        <source>Out of stock (欠品)</source>
        <translation>Out of stock (欠品)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="33" />
        <source>Damaged item</source>
        <translation>Damaged item</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="34" />
        <source>Customer's request</source>
        <translation>Customer's request</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="35" />
        <source>Order data is wrong</source>
        <translation>Order data is wrong</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/override_dialog.py" line="36" />
        <source>Other (write a comment)</source>
        <translation>Other (write a comment)</translation>
    </message>
</context>
<context>
    <name>PackColumns</name>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="35" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="36" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="37" />
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="38" />
        <source>Scanned</source>
        <translation>Scanned</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="39" />
        <source>Left</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>PackerScreen</name>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="147" />
        <source>Use this box (F4)</source>
        <translation>Use this box (F4)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="148" />
        <source>Undo last (Ctrl+Z)</source>
        <translation>Undo last (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="149" />
        <source>Key count (F6)</source>
        <translation>Key count (F6)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="148" />
        <source>Other box… (F7)</source>
        <translation>Other box… (F7)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="150" />
        <source>Hold (F8)</source>
        <translation>Hold (F8)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="150" />
        <source>Lead override (F9)</source>
        <translation>Lead override (F9)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="151" />
        <source>Complete (F10)</source>
        <translation>Complete (F10)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="154" />
        <source>Scan here</source>
        <translation>Scan here</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="155" />
        <source>🔇 Sound is not working on this PC: watch the colours</source>
        <translation>🔇 Sound is not working on this PC: watch the colours</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="159" />
        <source>Scan the pick list or 納品書 barcode</source>
        <translation>Scan the pick list or 納品書 barcode</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="189" />
        <source>left on the order: %1</source>
        <translation>left on the order: %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="253" />
        <source>Choosing the box and carrier…</source>
        <translation>Choosing the box and carrier…</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="268" />
        <source>⚠ Size or weight not registered for: %1. The box can't be chosen; ask the admin to register them.</source>
        <translation>⚠ Size or weight not registered for: %1. The box can't be chosen; ask the admin to register them.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="273" />
        <source>⚠ No box or service fits: %1</source>
        <translation>⚠ No box or service fits: %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="276" />
        <source>Box and carrier: %1 — ¥%2</source>
        <translation>Box and carrier: %1 — ¥%2</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="278" />
        <source>  or %1 (+¥%2)</source>
        <translation>  or %1 (+¥%2)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="294" />
        <location filename="../../src/packstation/ui/screens/packer.py" line="298" />
        <source>Other box</source>
        <translation>Other box</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="294" />
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="299" />
        <source>Why not the cheapest?</source>
        <translation>Why not the cheapest?</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="310" />
        <source>Chosen: %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="317" />
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="318" />
        <source>No order open</source>
        <translation>No order open</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="322" />
        <source>Next: scan the next item (%1 left)</source>
        <translation>Next: scan the next item (%1 left)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="324" />
        <source>Next: scan the carrier label, or the next order</source>
        <translation>Next: scan the carrier label, or the next order</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="326" />
        <source>Next: scan the order barcode</source>
        <translation>Next: scan the order barcode</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="355" />
        <location filename="../../src/packstation/ui/screens/packer.py" line="358" />
        <source>Key count</source>
        <translation>Key count</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="355" />
        <source>Scan the item</source>
        <translation>Scan the item</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="358" />
        <source>How many units?</source>
        <translation>How many units?</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="368" />
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="368" />
        <source>Reason for the hold</source>
        <translation>Reason for the hold</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="77" />
        <source>Station settings</source>
        <translation>Station settings</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="78" />
        <source>Lock the station after idle minutes</source>
        <translation>Lock the station after idle minutes</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="79" />
        <source>Wrong PINs before a user is locked</source>
        <translation>Wrong PINs before a user is locked</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="80" />
        <source>Minutes a locked user waits</source>
        <translation>Minutes a locked user waits</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="81" />
        <source>Allow hand-typed item codes</source>
        <translation>Allow hand-typed item codes</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="82" />
        <source>Character the scanner sends for GS (FNC1)</source>
        <translation>Character the scanner sends for GS (FNC1)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="83" />
        <source>Sound volume (%)</source>
        <translation>Sound volume (%)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="83" />
        <source>Mute sounds</source>
        <translation>Mute sounds</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="84" />
        <source>Station language</source>
        <translation>Station language</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="85" />
        <source>Days customer addresses are kept after shipping</source>
        <translation>Days customer addresses are kept after shipping</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="88" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/settings_dialog.py" line="89" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="23" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="24" />
        <source>Packing</source>
        <translation>Packing</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="25" />
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="26" />
        <source>Packed</source>
        <translation>Packed</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="27" />
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="28" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>TrackingImportDialog</name>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="290" />
        <source>Import tracking numbers</source>
        <translation>Import tracking numbers</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="291" />
        <source>Issued-data CSV</source>
        <translation>Issued-data CSV</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="292" />
        <source>Check and import (Enter)</source>
        <translation>Check and import (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="294" />
        <source>The CSV the carrier software exports after printing the labels</source>
        <translation>The CSV the carrier software exports after printing the labels</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="297" />
        <source>Choose the issued-data CSV</source>
        <translation>Choose the issued-data CSV</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="298" />
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="307" />
        <source>Choose the CSV file first.</source>
        <translation>Choose the CSV file first.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="317" />
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="324" />
        <source>%1 orders shipped with their tracking numbers; %2 already had them.</source>
        <translation>%1 orders shipped with their tracking numbers; %2 already had them.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="330" />
        <source>Nothing was imported. Fix these %n problem(s) and import again:</source>
        <translation><numerusform>Nothing was imported. Fix these %n problem(s) and import again:</numerusform></translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="44" />
        <source>Order opened: scan the items</source>
        <translation>Order opened: scan the items</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="45" />
        <source>Unknown order number</source>
        <translation>Unknown order number</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="46" />
        <source>Already packed: do not ship it again</source>
        <translation>Already packed: do not ship it again</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="47" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="48" />
        <source>WRONG ITEM: not on this order. Put it back.</source>
        <translation>WRONG ITEM: not on this order. Put it back.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="49" />
        <source>Unknown barcode: no product has it</source>
        <translation>Unknown barcode: no product has it</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="50" />
        <source>Misread barcode: scan it again</source>
        <translation>Misread barcode: scan it again</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="51" />
        <source>TOO MANY: this line is already complete</source>
        <translation>TOO MANY: this line is already complete</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="52" />
        <source>Serial number already scanned</source>
        <translation>Serial number already scanned</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="53" />
        <source>Scan the serial number barcode</source>
        <translation>Scan the serial number barcode</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="54" />
        <source>Scan the barcode: typing is not allowed</source>
        <translation>Scan the barcode: typing is not allowed</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="55" />
        <source>EXPIRED: do not ship this unit</source>
        <translation>EXPIRED: do not ship this unit</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="56" />
        <source>Scan the order barcode first</source>
        <translation>Scan the order barcode first</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="57" />
        <source>Order complete: pack and close the box</source>
        <translation>Order complete: pack and close the box</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="58" />
        <source>Items missing: the order cannot be completed</source>
        <translation>Items missing: the order cannot be completed</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="59" />
        <source>Label OK: next order</source>
        <translation>Label OK: next order</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="60" />
        <source>WRONG LABEL: this label is another order's</source>
        <translation>WRONG LABEL: this label is another order's</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="61" />
        <source>Last scan undone: take the unit out</source>
        <translation>Last scan undone: take the unit out</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="62" />
        <source>Nothing to undo</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="63" />
        <source>Order put on hold</source>
        <translation>Order put on hold</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="64" />
        <source>Approved by the lead</source>
        <translation>Approved by the lead</translation>
    </message>
</context>
<context>
    <name>_CarrierForm</name>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="84" />
        <source>Yamato B2 Cloud</source>
        <translation>Yamato B2 Cloud</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="84" />
        <source>Sagawa e-Hiden</source>
        <translation>Sagawa e-Hiden</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="85" />
        <source>Japan Post Yu-Pri R</source>
        <translation>Japan Post Yu-Pri R</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="87" />
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="87" />
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="90" />
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="91" />
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/carrier_dialogs.py" line="118" />
        <source>%1 orders…</source>
        <translation>%1 orders…</translation>
    </message>
</context>
</TS>