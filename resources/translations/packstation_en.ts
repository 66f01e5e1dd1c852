<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AdminPages</name>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_common.py" line="205" />
        <source>Changes not saved</source>
        <translation>Changes not saved</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_common.py" line="206" />
        <source>Discard the changes to %1 that are not saved?</source>
        <translation>Discard the changes to %1 that are not saved?</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_common.py" line="258" />
        <source>Nothing was changed. Fix these %n problem(s) and save again:</source>
        <translation>Nothing was changed. Fix these %n problem(s) and save again:</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_common.py" line="274" />
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
</context>
<context>
    <name>AdminScreen</name>
    <message>
        <location filename="../../src/packstation/ui/screens/admin.py" line="49" />
        <source>Boxes (Alt+1)</source>
        <translation>Boxes (Alt+1)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin.py" line="49" />
        <source>Carriers (Alt+2)</source>
        <translation>Carriers (Alt+2)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin.py" line="50" />
        <source>Services and size classes (Alt+3)</source>
        <translation>Services and size classes (Alt+3)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin.py" line="50" />
        <source>Rate tables (Alt+4)</source>
        <translation>Rate tables (Alt+4)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin.py" line="51" />
        <source>Products (Alt+5)</source>
        <translation>Products (Alt+5)</translation>
    </message>
</context>
<context>
    <name>BoxColumns</name>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="44" />
        <source>envelope</source>
        <translation>envelope</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="46" />
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="52" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="53" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="54" />
        <source>Inside (mm)</source>
        <translation>Inside (mm)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="55" />
        <source>Outside (mm)</source>
        <translation>Outside (mm)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="56" />
        <source>Tare (g)</source>
        <translation>Tare (g)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="57" />
        <source>Cost (¥)</source>
        <translation>Cost (¥)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="58" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>BoxesPage</name>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="116" />
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="132" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="116" />
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="132" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="117" />
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="134" />
        <source>Tare (g)</source>
        <translation>Tare (g)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="117" />
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="134" />
        <source>Cost (¥)</source>
        <translation>Cost (¥)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="118" />
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="135" />
        <source>Max load (g)</source>
        <translation>Max load (g)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="122" />
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="122" />
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="123" />
        <source>Height</source>
        <translation>Height</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="125" />
        <source>Envelope (thin services)</source>
        <translation>Envelope (thin services)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="126" />
        <source>Active (offered to packers)</source>
        <translation>Active (offered to packers)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="127" />
        <source>New box (Ctrl+N)</source>
        <translation>New box (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="128" />
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="116" />
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="133" />
        <source>Inside (mm)</source>
        <translation>Inside (mm)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="117" />
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="133" />
        <source>Outside (mm)</source>
        <translation>Outside (mm)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="200" />
        <source>Box %1 added.</source>
        <translation>Box %1 added.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_boxes.py" line="200" />
        <source>Box %1 saved.</source>
        <translation>Box %1 saved.</translation>
    </message>
</context>
<context>
    <name>CarriersPage</name>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_carriers.py" line="66" />
        <location filename="../../src/packstation/ui/screens/admin_carriers.py" line="112" />
        <source>Carrier code</source>
        <translation>Carrier code</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_carriers.py" line="67" />
        <location filename="../../src/packstation/ui/screens/admin_carriers.py" line="113" />
        <source>Carrier name</source>
        <translation>Carrier name</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_carriers.py" line="68" />
        <source>New carrier (Ctrl+N)</source>
        <translation>New carrier (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_carriers.py" line="69" />
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_carriers.py" line="107" />
        <source>Carrier %1 added.</source>
        <translation>Carrier %1 added.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_carriers.py" line="107" />
        <source>Carrier %1 saved.</source>
        <translation>Carrier %1 saved.</translation>
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
        <location filename="../../src/packstation/ui/main_window.py" line="112" />
        <source>packstation — packing station</source>
        <translation>packstation — packing station</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="113" />
        <source>Packing (F2)</source>
        <translation>Packing (F2)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="114" />
        <source>Orders (F3)</source>
        <translation>Orders (F3)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="116" />
        <source>Admin (Ctrl+M)</source>
        <translation>Admin (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="117" />
        <source>Lock (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="118" />
        <source>Settings (F11)</source>
        <translation>Settings (F11)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="119" />
        <source>日本語 / English (F12)</source>
        <translation>日本語 / English (F12)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="122" />
        <source>Packer</source>
        <translation>Packer</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="122" />
        <source>Shift lead</source>
        <translation>Shift lead</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/main_window.py" line="123" />
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
        <location filename="../../src/packstation/ui/screens/packer.py" line="36" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="37" />
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="38" />
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="39" />
        <source>Scanned</source>
        <translation>Scanned</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="40" />
        <source>Left</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>PackerScreen</name>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="148" />
        <source>Use this box (F4)</source>
        <translation>Use this box (F4)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="149" />
        <source>Undo last (Ctrl+Z)</source>
        <translation>Undo last (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="150" />
        <source>Key count (F6)</source>
        <translation>Key count (F6)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="149" />
        <source>Other box… (F7)</source>
        <translation>Other box… (F7)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="151" />
        <source>Hold (F8)</source>
        <translation>Hold (F8)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="151" />
        <source>Lead override (F9)</source>
        <translation>Lead override (F9)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="152" />
        <source>Complete (F10)</source>
        <translation>Complete (F10)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="155" />
        <source>Scan here</source>
        <translation>Scan here</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="156" />
        <source>🔇 Sound is not working on this PC: watch the colours</source>
        <translation>🔇 Sound is not working on this PC: watch the colours</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="160" />
        <source>Scan the pick list or 納品書 barcode</source>
        <translation>Scan the pick list or 納品書 barcode</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="190" />
        <source>left on the order: %1</source>
        <translation>left on the order: %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="254" />
        <source>Choosing the box and carrier…</source>
        <translation>Choosing the box and carrier…</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="269" />
        <source>⚠ Size or weight not registered for: %1. The box can't be chosen; ask the admin to register them.</source>
        <translation>⚠ Size or weight not registered for: %1. The box can't be chosen; ask the admin to register them.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="274" />
        <source>⚠ No box or service fits: %1</source>
        <translation>⚠ No box or service fits: %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="290" />
        <location filename="../../src/packstation/ui/screens/packer.py" line="294" />
        <source>Other box</source>
        <translation>Other box</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="290" />
        <source>Choose</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="295" />
        <source>Why not the cheapest?</source>
        <translation>Why not the cheapest?</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="306" />
        <source>Chosen: %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="313" />
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="314" />
        <source>No order open</source>
        <translation>No order open</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="318" />
        <source>Next: scan the next item (%1 left)</source>
        <translation>Next: scan the next item (%1 left)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="320" />
        <source>Next: scan the carrier label, or the next order</source>
        <translation>Next: scan the carrier label, or the next order</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="322" />
        <source>Next: scan the order barcode</source>
        <translation>Next: scan the order barcode</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="351" />
        <location filename="../../src/packstation/ui/screens/packer.py" line="354" />
        <source>Key count</source>
        <translation>Key count</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="351" />
        <source>Scan the item</source>
        <translation>Scan the item</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="354" />
        <source>How many units?</source>
        <translation>How many units?</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="364" />
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="364" />
        <source>Reason for the hold</source>
        <translation>Reason for the hold</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="19" />
        <source>this row has %1 cells, the header only %2</source>
        <translation>this row has %1 cells, the header only %2</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="20" />
        <source>quote cells that contain a comma</source>
        <translation>quote cells that contain a comma</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="21" />
        <source>'%1' is not a prefecture</source>
        <translation>'%1' is not a prefecture</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="22" />
        <source>no prefecture</source>
        <translation>no prefecture</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="23" />
        <source>e.g. 北海道, 東京都, 大阪, Okinawa or a region such as 関東; '全国(既定)' or '*' for the default row</source>
        <translation>e.g. 北海道, 東京都, 大阪, Okinawa or a region such as 関東; '全国(既定)' or '*' for the default row</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="25" />
        <source>%1 is also in row %2</source>
        <translation>%1 is also in row %2</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="26" />
        <source>keep one row per prefecture or region</source>
        <translation>keep one row per prefecture or region</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="27" />
        <source>'%1' is not an amount in yen</source>
        <translation>'%1' is not an amount in yen</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="28" />
        <source>whole yen from 0 to %1, e.g. 1980 or 1,980</source>
        <translation>whole yen from 0 to %1, e.g. 1980 or 1,980</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="29" />
        <source>type the amount itself (no formula, no minus sign): %1</source>
        <translation>type the amount itself (no formula, no minus sign): %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="30" />
        <source>no price for %1 here nor in the default row</source>
        <translation>no price for %1 here nor in the default row</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="31" />
        <source>fill in this cell or the default row's</source>
        <translation>fill in this cell or the default row's</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="32" />
        <source>no row for %1 and no default row (全国(既定))</source>
        <translation>no row for %1 and no default row (全国(既定))</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="33" />
        <source>add a row for %1 or its region (%2), or a row '全国(既定)' with the price for every prefecture without a row</source>
        <translation>add a row for %1 or its region (%2), or a row '全国(既定)' with the price for every prefecture without a row</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="35" />
        <source>the first column must be the destination prefecture</source>
        <translation>the first column must be the destination prefecture</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="36" />
        <source>put the '都道府県' column first, then one column per size class</source>
        <translation>put the '都道府県' column first, then one column per size class</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="38" />
        <source>'%1' is not a size class of this service</source>
        <translation>'%1' is not a size class of this service</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="39" />
        <source>name each column after a size class: %1</source>
        <translation>name each column after a size class: %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="40" />
        <source>columns '%1' and '%2' are both size class %3</source>
        <translation>columns '%1' and '%2' are both size class %3</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="41" />
        <source>delete one of them</source>
        <translation>delete one of them</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="42" />
        <source>no column for size class %1</source>
        <translation>no column for size class %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="43" />
        <source>add a column '%1' with its prices</source>
        <translation>add a column '%1' with its prices</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="44" />
        <source>prices in a column without a size class in row 1</source>
        <translation>prices in a column without a size class in row 1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="45" />
        <source>write the size class in row 1 or delete the column</source>
        <translation>write the size class in row 1 or delete the column</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="46" />
        <source>byte %1 at byte offset %2 is neither UTF-8 nor cp932 (Shift_JIS)</source>
        <translation>byte %1 at byte offset %2 is neither UTF-8 nor cp932 (Shift_JIS)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="48" />
        <source>save the file as 'CSV UTF-8' or as 'CSV (Shift_JIS)' and import it again</source>
        <translation>save the file as 'CSV UTF-8' or as 'CSV (Shift_JIS)' and import it again</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="50" />
        <source>the file has no header row</source>
        <translation>the file has no header row</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="51" />
        <source>the first row must name the columns</source>
        <translation>the first row must name the columns</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="52" />
        <source>not valid CSV: %1</source>
        <translation>not valid CSV: %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="53" />
        <source>check the quotes in this row</source>
        <translation>check the quotes in this row</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="54" />
        <source>%1 more problems not listed</source>
        <translation>%1 more problems not listed</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="55" />
        <source>fix the ones above and import again to see the rest</source>
        <translation>fix the ones above and import again to see the rest</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="56" />
        <source>'%1' cannot be written in cp932</source>
        <translation>'%1' cannot be written in cp932</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="57" />
        <source>export as UTF-8</source>
        <translation>export as UTF-8</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="59" />
        <source>%1 are not three sizes in millimetres</source>
        <translation>%1 are not three sizes in millimetres</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="60" />
        <source>three whole numbers from 1 to %1</source>
        <translation>three whole numbers from 1 to %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="61" />
        <source>the inside %1 is larger than the outside %2 on some side</source>
        <translation>the inside %1 is larger than the outside %2 on some side</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="62" />
        <source>the inside fits in the outside: check both, in millimetres</source>
        <translation>the inside fits in the outside: check both, in millimetres</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="63" />
        <source>%1 is out of range</source>
        <translation>%1 is out of range</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="64" />
        <source>a whole number from %1 to %2</source>
        <translation>a whole number from %1 to %2</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="65" />
        <source>no carrier '%1'</source>
        <translation>no carrier '%1'</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="66" />
        <source>choose one of the carriers</source>
        <translation>choose one of the carriers</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="67" />
        <source>no carrier</source>
        <translation>no carrier</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="68" />
        <source>choose the carrier</source>
        <translation>choose the carrier</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="69" />
        <source>a service needs at least one size class</source>
        <translation>a service needs at least one size class</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="70" />
        <source>add a size class</source>
        <translation>add a size class</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="71" />
        <source>a delivery time slot is empty, too long or given twice</source>
        <translation>a delivery time slot is empty, too long or given twice</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="72" />
        <source>list each slot once, e.g. 午前中, 14-16</source>
        <translation>list each slot once, e.g. 午前中, 14-16</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="73" />
        <source>size class '%1' is also in row %2</source>
        <translation>size class '%1' is also in row %2</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="74" />
        <source>give each size class its own name</source>
        <translation>give each size class its own name</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="75" />
        <source>%1 is not a positive limit</source>
        <translation>%1 is not a positive limit</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="76" />
        <source>a whole number from 1 to %1, or empty for no limit</source>
        <translation>a whole number from 1 to %1, or empty for no limit</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="77" />
        <source>%1 prices are not yen for a prefecture</source>
        <translation>%1 prices are not yen for a prefecture</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="78" />
        <source>import the rate table as CSV</source>
        <translation>import the rate table as CSV</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="79" />
        <source>the same as surcharge %1</source>
        <translation>the same as surcharge %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="80" />
        <source>unknown kind</source>
        <translation>unknown kind</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="81" />
        <source>use one of: %1</source>
        <translation>use one of: %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="82" />
        <source>%1 is not a price</source>
        <translation>%1 is not a price</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="83" />
        <source>whole yen from 0 to %1</source>
        <translation>whole yen from 0 to %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="84" />
        <source>'%1' is not a size class</source>
        <translation>'%1' is not a size class</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="85" />
        <source>'%1' is not a prefecture code</source>
        <translation>'%1' is not a prefecture code</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="86" />
        <source>a JIS code from 1 to 47</source>
        <translation>a JIS code from 1 to 47</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="87" />
        <source>no upper amount for the COD band</source>
        <translation>no upper amount for the COD band</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="88" />
        <source>the largest amount it covers</source>
        <translation>the largest amount it covers</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="89" />
        <source>cool is ticked but no size class has a cool surcharge, so no cool parcel could go by it</source>
        <translation>cool is ticked but no size class has a cool surcharge, so no cool parcel could go by it</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="91" />
        <source>add the chilled/frozen surcharge of each class that takes cool parcels, or untick cool</source>
        <translation>add the chilled/frozen surcharge of each class that takes cool parcels, or untick cool</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="93" />
        <source>COD is ticked but there is no COD fee band</source>
        <translation>COD is ticked but there is no COD fee band</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="94" />
        <source>add the COD fee bands, or untick COD</source>
        <translation>add the COD fee bands, or untick COD</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="95" />
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="96" />
        <source>fill it in</source>
        <translation>fill it in</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="97" />
        <source>longer than %1 characters</source>
        <translation>longer than %1 characters</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="98" />
        <source>shorten it</source>
        <translation>shorten it</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="99" />
        <source>'%1' starts with = + - @ or holds a control character</source>
        <translation>'%1' starts with = + - @ or holds a control character</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="100" />
        <source>start it with a letter or a digit (spreadsheets run such cells as formulas)</source>
        <translation>start it with a letter or a digit (spreadsheets run such cells as formulas)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="102" />
        <source>'%1' is not a valid limit</source>
        <translation>'%1' is not a valid limit</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="103" />
        <source>a whole number of millimetres from 1 to %1, or empty for no limit</source>
        <translation>a whole number of millimetres from 1 to %1, or empty for no limit</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="105" />
        <source>a whole number of grams from 1 to %1, or empty for no limit</source>
        <translation>a whole number of grams from 1 to %1, or empty for no limit</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="106" />
        <source>type the number itself, not a formula: %1</source>
        <translation>type the number itself, not a formula: %1</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="107" />
        <source>e.g. 沖縄県, 北海道 or 47</source>
        <translation>e.g. 沖縄県, 北海道 or 47</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="108" />
        <source>fill in the amount in yen</source>
        <translation>fill in the amount in yen</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="110" />
        <source>not filled in</source>
        <translation>not filled in</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="111" />
        <source>measure it and type the whole number of %1: thin services need the real size</source>
        <translation>measure it and type the whole number of %1: thin services need the real size</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_problems.py" line="113" />
        <source>a whole number of %1 from 1 to %2</source>
        <translation>a whole number of %1 from 1 to %2</translation>
    </message>
</context>
<context>
    <name>ProductColumns</name>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="37" />
        <source>⚠ missing</source>
        <translation>⚠ missing</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="41" />
        <source>Size / weight</source>
        <translation>Size / weight</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="42" />
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="43" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="44" />
        <source>L × W × H (mm)</source>
        <translation>L × W × H (mm)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="46" />
        <source>Weight (g)</source>
        <translation>Weight (g)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="47" />
        <source>Fragile</source>
        <translation>Fragile</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="48" />
        <source>This side up</source>
        <translation>This side up</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="109" />
        <source>Only products missing size or weight</source>
        <translation>Only products missing size or weight</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="110" />
        <source>SKU or name (Ctrl+F)</source>
        <translation>SKU or name (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="111" />
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="124" />
        <source>Length (mm)</source>
        <translation>Length (mm)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="111" />
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="124" />
        <source>Width (mm)</source>
        <translation>Width (mm)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="111" />
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="125" />
        <source>Height (mm)</source>
        <translation>Height (mm)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="112" />
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="125" />
        <source>Weight (g)</source>
        <translation>Weight (g)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="112" />
        <source>Handling</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="115" />
        <source>Fragile</source>
        <translation>Fragile</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="116" />
        <source>This side up</source>
        <translation>This side up</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="117" />
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="119" />
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="158" />
        <source>%1 product(s) to measure</source>
        <translation>%1 product(s) to measure</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="160" />
        <source>%1 products, %2 missing size or weight</source>
        <translation>%1 products, %2 missing size or weight</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_products.py" line="199" />
        <source>%1 saved: %2 mm, %3 g.</source>
        <translation>%1 saved: %2 mm, %3 g.</translation>
    </message>
</context>
<context>
    <name>ProposalText</name>
    <message>
        <location filename="../../src/packstation/ui/widgets/proposal_text.py" line="17" />
        <source>%1 size</source>
        <translation>%1 size</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/widgets/proposal_text.py" line="28" />
        <source>nationwide rate</source>
        <translation>nationwide rate</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/widgets/proposal_text.py" line="35" />
        <source>Use: %1 — ¥%2</source>
        <translation>Use: %1 — ¥%2</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/widgets/proposal_text.py" line="37" />
        <source>   or %1 — ¥%2 (+¥%3)</source>
        <translation>   or %1 — ¥%2 (+¥%3)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/widgets/proposal_text.py" line="41" />
        <source>Why: box ¥%1 + shipping ¥%2 (%3) is the lowest total of every box and service that fits.</source>
        <translation>Why: box ¥%1 + shipping ¥%2 (%3) is the lowest total of every box and service that fits.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/widgets/proposal_text.py" line="43" />
        <source>Why: %4 boxes ¥%1 + shipping ¥%2 (%3) is the lowest total; no single box does it for less.</source>
        <translation>Why: %4 boxes ¥%1 + shipping ¥%2 (%3) is the lowest total; no single box does it for less.</translation>
    </message>
</context>
<context>
    <name>RatesPage</name>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="88" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="89" />
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="90" />
        <source>Shift_JIS (cp932)</source>
        <translation>Shift_JIS (cp932)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="91" />
        <source>Export CSV… (Ctrl+E)</source>
        <translation>Export CSV… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="92" />
        <source>Import CSV… (Ctrl+O)</source>
        <translation>Import CSV… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="93" />
        <source>Rates in yen by destination. (Grey) = no price of its own: the default row's price applies.</source>
        <translation>Rates in yen by destination. (Grey) = no price of its own: the default row's price applies.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="95" />
        <source>A rate CSV has a header row of size classes and one row per prefecture or region (関東, 南東北…). A refused file changes nothing; its problems are listed here by row and column.</source>
        <translation>A rate CSV has a header row of size classes and one row per prefecture or region (関東, 南東北…). A refused file changes nothing; its problems are listed here by row and column.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="135" />
        <source>Sum of sides ≤ cm</source>
        <translation>Sum of sides ≤ cm</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="136" />
        <source>Longest side ≤ cm</source>
        <translation>Longest side ≤ cm</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="137" />
        <source>Thickness ≤ cm</source>
        <translation>Thickness ≤ cm</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="139" />
        <source>Weight ≤ kg</source>
        <translation>Weight ≤ kg</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="160" />
        <source>Default (all)</source>
        <translation>Default (all)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="167" />
        <source>Export rates CSV</source>
        <translation>Export rates CSV</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="169" />
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="182" />
        <source>Exported the rates of %1 to %2 (%3).</source>
        <translation>Exported the rates of %1 to %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="188" />
        <source>Import rates CSV</source>
        <translation>Import rates CSV</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="189" />
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="197" />
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="204" />
        <source>Rates of %1 replaced from %2 rows (%3): %4 prices, %5 changed.</source>
        <translation>Rates of %1 replaced from %2 rows (%3): %4 prices, %5 changed.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_rates.py" line="212" />
        <source>Nothing was changed. Fix these %1 problem(s) in %2 and import it again:</source>
        <translation>Nothing was changed. Fix these %1 problem(s) in %2 and import it again:</translation>
    </message>
</context>
<context>
    <name>ServiceColumns</name>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_carriers.py" line="23" />
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="59" />
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="60" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_carriers.py" line="22" />
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="61" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="62" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="208" />
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="249" />
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="208" />
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="249" />
        <source>Service code</source>
        <translation>Service code</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="208" />
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="250" />
        <source>Service name</source>
        <translation>Service name</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="209" />
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="250" />
        <source>Delivery time slots</source>
        <translation>Delivery time slots</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="209" />
        <source>Size classes (limits; empty = no limit)</source>
        <translation>Size classes (limits; empty = no limit)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="211" />
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="251" />
        <source>Surcharges</source>
        <translation>Surcharges</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="214" />
        <source>e.g. 午前中, 14-16, 16-18, 18-20, 19-21</source>
        <translation>e.g. 午前中, 14-16, 16-18, 18-20, 19-21</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="220" />
        <source>Add class</source>
        <translation>Add class</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="220" />
        <source>Remove class</source>
        <translation>Remove class</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="221" />
        <source>Add surcharge</source>
        <translation>Add surcharge</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="222" />
        <source>Remove surcharge</source>
        <translation>Remove surcharge</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="223" />
        <source>New service (Ctrl+N)</source>
        <translation>New service (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="224" />
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="230" />
        <source>Thin (letterbox) service</source>
        <translation>Thin (letterbox) service</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="231" />
        <source>Envelopes only</source>
        <translation>Envelopes only</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="232" />
        <source>Cool (クール) parcels</source>
        <translation>Cool (クール) parcels</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="233" />
        <source>Cash on delivery</source>
        <translation>Cash on delivery</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="234" />
        <source>Delivery date can be chosen</source>
        <translation>Delivery date can be chosen</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="235" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="238" />
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="238" />
        <source>Sum of sides ≤ mm</source>
        <translation>Sum of sides ≤ mm</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="239" />
        <source>Longest side ≤ mm</source>
        <translation>Longest side ≤ mm</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="240" />
        <source>Thickness ≤ mm</source>
        <translation>Thickness ≤ mm</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="241" />
        <source>Weight ≤ g</source>
        <translation>Weight ≤ g</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="244" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="245" />
        <source>Size class / prefecture</source>
        <translation>Size class / prefecture</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="246" />
        <source>COD amount up to ¥</source>
        <translation>COD amount up to ¥</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="246" />
        <source>Fee ¥</source>
        <translation>Fee ¥</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="251" />
        <source>Size classes</source>
        <translation>Size classes</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="293" />
        <source>⚠ No prices yet for size class %1: it is never proposed until its rates are imported (Rate tables, Alt+4).</source>
        <translation>⚠ No prices yet for size class %1: it is never proposed until its rates are imported (Rate tables, Alt+4).</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="335" />
        <source>Service %1 added.</source>
        <translation>Service %1 added.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="335" />
        <source>Service %1 saved.</source>
        <translation>Service %1 saved.</translation>
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
    <name>SurchargeKinds</name>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="51" />
        <source>Cool (chilled)</source>
        <translation>Cool (chilled)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="52" />
        <source>Cool (frozen)</source>
        <translation>Cool (frozen)</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="53" />
        <source>COD fee</source>
        <translation>COD fee</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/admin_services.py" line="54" />
        <source>Island relay fee</source>
        <translation>Island relay fee</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="45" />
        <source>Order opened: scan the items</source>
        <translation>Order opened: scan the items</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="46" />
        <source>Unknown order number</source>
        <translation>Unknown order number</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="47" />
        <source>Already packed: do not ship it again</source>
        <translation>Already packed: do not ship it again</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="48" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="49" />
        <source>WRONG ITEM: not on this order. Put it back.</source>
        <translation>WRONG ITEM: not on this order. Put it back.</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="50" />
        <source>Unknown barcode: no product has it</source>
        <translation>Unknown barcode: no product has it</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="51" />
        <source>Misread barcode: scan it again</source>
        <translation>Misread barcode: scan it again</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="52" />
        <source>TOO MANY: this line is already complete</source>
        <translation>TOO MANY: this line is already complete</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="53" />
        <source>Serial number already scanned</source>
        <translation>Serial number already scanned</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="54" />
        <source>Scan the serial number barcode</source>
        <translation>Scan the serial number barcode</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="55" />
        <source>Scan the barcode: typing is not allowed</source>
        <translation>Scan the barcode: typing is not allowed</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="56" />
        <source>EXPIRED: do not ship this unit</source>
        <translation>EXPIRED: do not ship this unit</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="57" />
        <source>Scan the order barcode first</source>
        <translation>Scan the order barcode first</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="58" />
        <source>Order complete: pack and close the box</source>
        <translation>Order complete: pack and close the box</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="59" />
        <source>Items missing: the order cannot be completed</source>
        <translation>Items missing: the order cannot be completed</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="60" />
        <source>Label OK: next order</source>
        <translation>Label OK: next order</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="61" />
        <source>WRONG LABEL: this label is another order's</source>
        <translation>WRONG LABEL: this label is another order's</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="62" />
        <source>Last scan undone: take the unit out</source>
        <translation>Last scan undone: take the unit out</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="63" />
        <source>Nothing to undo</source>
        <translation>Nothing to undo</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="64" />
        <source>Order put on hold</source>
        <translation>Order put on hold</translation>
    </message>
    <message>
        <location filename="../../src/packstation/ui/screens/packer.py" line="65" />
        <source>Approved by the lead</source>
        <translation>Approved by the lead</translation>
    </message>
</context>
</TS>