import BWUDomain

/// Dnipro Aerosystems' product data for the reconnaissance UAV: a two-level bill of materials,
/// assembly in Skrydstrup (DK) with an alternate line in Ukraine, Danish and European suppliers,
/// one single-sourced component (the flight controller) and a dual-sourced camera. Items carry
/// a category, CPV code and NATO Stock Number, which supplier matchmaking reads.
public enum DemoProductData {
    /// The eight CSV files, as a manufacturer would upload them. Dates are relative to `today`.
    public static func files(today: CalendarDate) -> [String: String] {
        [
            "items.csv": """
            code,name,unit,category,cpv,nsn
            UAV-R1,"Reconnaissance UAV, fixed wing",pcs,unmanned aircraft,35600000-2,
            AIRFRAME,Composite airframe,pcs,airframes,,1560-22-610-0001
            MOTOR,Electric motor 5 kW,pcs,electric motors,31100000-7,6105-22-610-0002
            BATTERY,Battery pack 22 Ah,pcs,batteries,31400000-0,6140-22-610-0003
            FLIGHT-CTRL,Flight controller,pcs,flight controllers,38112100-4,6605-22-610-0004
            CAMERA,EO/IR gimbal camera,pcs,cameras,38651000-3,6720-22-610-0005
            """,
            "resources.csv": """
            code,location,capacity_per_week
            SKR-ASSY,DK,12
            SKR-TEST,DK,15
            UA-ASSY,UA,6
            """,
            "operations.csv": """
            code,item,location,lead_time_weeks,unit_cost,min_lot,lot_multiple
            MAKE-UAV@SKR,UAV-R1,DK,1,20000.00,0,0
            MAKE-UAV@UA,UAV-R1,UA,3,15000.00,5,5
            """,
            "operation_inputs.csv": """
            operation,item,qty
            MAKE-UAV@SKR,AIRFRAME,1
            MAKE-UAV@SKR,MOTOR,1
            MAKE-UAV@SKR,BATTERY,2
            MAKE-UAV@SKR,FLIGHT-CTRL,1
            MAKE-UAV@SKR,CAMERA,1
            MAKE-UAV@UA,AIRFRAME,1
            MAKE-UAV@UA,MOTOR,1
            MAKE-UAV@UA,BATTERY,2
            MAKE-UAV@UA,FLIGHT-CTRL,1
            MAKE-UAV@UA,CAMERA,1
            """,
            "operation_loads.csv": """
            operation,resource,per_unit
            MAKE-UAV@SKR,SKR-ASSY,1
            MAKE-UAV@SKR,SKR-TEST,1
            MAKE-UAV@UA,UA-ASSY,1
            """,
            "purchase_sources.csv": """
            code,item,supplier,country,lead_time_weeks,unit_cost,capacity_per_week,min_lot,lot_multiple
            BUY-AIRFRAME@JUTLAND,AIRFRAME,Jutland Composite Structures A/S,DK,4,40000.00,15,0,0
            BUY-MOTOR@BALTIC,MOTOR,Baltic Motors Sp. z o.o.,PL,3,6000.00,40,10,10
            BUY-BATTERY@AARHUS,BATTERY,Aarhus Battery Systems A/S,DK,2,3500.00,60,0,0
            BUY-FC@TALLINN,FLIGHT-CTRL,Tallinn Navigation Systems OÜ,EE,5,12000.00,20,0,0
            BUY-CAMERA@OSLO,CAMERA,Oslo Thermal Imaging AS,NO,6,55000.00,10,0,0
            BUY-CAMERA@RHEIN,CAMERA,Rhein Sensorik GmbH,DE,8,61000.00,8,0,0
            """,
            "stock.csv": """
            item,qty
            MOTOR,30
            BATTERY,40
            """,
            "open_orders.csv": """
            item,due_date,qty
            AIRFRAME,\(today.adding(days: 14)),20
            """,
        ]
    }
}
