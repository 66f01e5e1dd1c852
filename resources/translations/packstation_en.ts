<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="91" />
        <source>Import CSV</source>
        <translation>Import CSV</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="92" />
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="93" />
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="94" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="94" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="95" />
        <source>Column layout</source>
        <translation>Column layout</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="97" />
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="98" />
        <source>Map columns…</source>
        <translation>Map columns…</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="99" />
        <source>Check and import</source>
        <translation>Check and import</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="100" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="100" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="101" />
        <source>CSV file (UTF-8 or Shift_JIS/cp932)</source>
        <translation>CSV file (UTF-8 or Shift_JIS/cp932)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="103" />
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="116" />
        <source>Generic layout (built in)</source>
        <translation>Generic layout (built in)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="121" />
        <source>Choose a CSV file</source>
        <translation>Choose a CSV file</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="122" />
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="131" />
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="144" />
        <source>Choose the CSV file first.</source>
        <translation>Choose the CSV file first.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="139" />
        <source>Saved column layout: %1</source>
        <translation>Saved column layout: %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="151" />
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="176" />
        <source>Imported %1 rows (%2): %3 added, %4 updated.</source>
        <translation>Imported %1 rows (%2): %3 added, %4 updated.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="184" />
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Import cancelled. Nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/packstation/ui/screens/import_dialog.py" line="187" />
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
        <location filename="../../src/packstation/ui/screens/login.py" line="119" />
        <source>Scan your badge or choose your name first.</source>
        <translation>Scan your badge or choose your name first.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="97" />
        <source>packstation — packing station</source>
        <translation>packstation — packing station</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="98" />
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="99" />
        <source>Lock (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="100" />
        <source>日本語 / English (F12)</source>
        <translation>日本語 / English (F12)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="103" />
        <source>Packer</source>
        <translation>Packer</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="103" />
        <source>Shift lead</source>
        <translation>Shift lead</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="104" />
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
        <location filename="../../src/packstation/ui/models.py" line="91" />
        <source>Order no.</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="92" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="93" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="94" />
        <source>Prefecture</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="95" />
        <source>Delivery date</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="97" />
        <source>Time slot</source>
        <translation>Time slot</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="98" />
        <source>COD</source>
        <translation>COD</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="99" />
        <source>Cool</source>
        <translation>Cool</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="100" />
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="101" />
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="102" />
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="103" />
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/models.py" line="108" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>OrderDetailDialog</name>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="72" />
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="73" />
        <source>Gift</source>
        <translation>Gift</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="74" />
        <source>COD ¥%1</source>
        <translation>COD ¥%1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="76" />
        <source>Order no.</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="77" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="78" />
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="79" />
        <source>Ship to</source>
        <translation>Ship to</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="81" />
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="83" />
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="84" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/order_detail.py" line="85" />
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="98" />
        <source>Search: order no., customer name or SKU (Ctrl+F)</source>
        <translation>Search: order no., customer name or SKU (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="99" />
        <source>To do (open, packing, on hold)</source>
        <translation>To do (open, packing, on hold)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="99" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="100" />
        <source>On hold</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="100" />
        <source>Packed</source>
        <translation>Packed</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="100" />
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="100" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="103" />
        <source>Open detail (Enter)</source>
        <translation>Open detail (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="104" />
        <source>Import CSV… (Ctrl+I)</source>
        <translation>Import CSV… (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/orders.py" line="105" />
        <source>Refresh (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/packstation/ui/screens/orders.py" line="131" />
        <source>%n order(s)</source>
        <translation><numerusform>%n order(s)</numerusform></translation>
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
</TS>